// How a value appears inside a message: short, unambiguous about its type, and safe to print
// whatever it is (a 50 MB string is cut, an object is summarized, never serialized). Lists of
// names are listed once per list, not at every report.

/** Strings are cut to this many UTF-16 code units in messages. */
const MAX_QUOTED = 60;

/** A string as a JSON literal, cut after `MAX_QUOTED` code units (never inside a surrogate pair). */
export function quote(text: string): string {
  if (text.length <= MAX_QUOTED) return JSON.stringify(text);
  let end = MAX_QUOTED;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${JSON.stringify(text.slice(0, end))}…`;
}

/** The value with its kind, for type errors: `the string "5"`, `the number 5`, `null`, `an array of 2 items`. */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case "string":
      return `the string ${quote(value)}`;
    case "number":
      return `the number ${String(value)}`;
    case "boolean":
      return `the boolean ${String(value)}`;
    case "bigint":
      return `the bigint ${String(value)}`;
    case "undefined":
      return "undefined";
    case "symbol":
      return "a symbol";
    case "function":
      return "a function";
    default:
      if (value === null) return "null";
      if (Array.isArray(value))
        return `an array of ${value.length} item${value.length === 1 ? "" : "s"}`;
      if (value instanceof Date) return "a Date";
      if (value instanceof Uint8Array) return "a Uint8Array";
      return "an object";
  }
}

/** A value as it is, for constraint messages: strings quoted, numbers plain. */
export function showValue(value: unknown): string {
  return typeof value === "string"
    ? quote(value)
    : typeof value === "number"
      ? String(value)
      : describeValue(value);
}

/** `A, B, C` in backticks, cut after `max` names. */
export function listNames(names: readonly string[], max = 10): string {
  const cached = listedNames.get(names);
  if (cached !== undefined && cached.max === max && sameShown(cached, names)) return cached.text;
  const shown = names.slice(0, max);
  const quoted = shown.map((n) => `\`${n}\``);
  const text =
    names.length > max ? `${quoted.join(", ")}, … (${names.length} in all)` : quoted.join(", ");
  listedNames.set(names, { shown, length: names.length, max, text });
  return text;
}

/** The text `listNames` made of a list, and what of the list it shows. */
interface ListedNames {
  readonly shown: readonly string[];
  readonly length: number;
  readonly max: number;
  readonly text: string;
}

/**
 * The last text of each list: messages name the same generated member and value lists at every
 * report. A list changed in place since (its length or a shown name) is listed again.
 */
const listedNames = new WeakMap<readonly string[], ListedNames>();

function sameShown(listed: ListedNames, names: readonly string[]): boolean {
  if (names.length !== listed.length) return false;
  for (let i = 0; i < listed.shown.length; i++) if (names[i] !== listed.shown[i]) return false;
  return true;
}
