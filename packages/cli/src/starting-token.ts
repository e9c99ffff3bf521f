// `--starting-token` → the input members of the first page, as botocore's paginator reads it.
// The token the AWS CLI prints (`NextToken` of a truncated output) is base64 of a JSON object: the
// input tokens by member name, plus `boto_truncate_amount` (how many results of the first page to
// skip: output-side, so not part of the request) and `boto_encoded_keys` (paths of values that are
// bytes, themselves base64). A token that is not such an object is read the older way: the input
// tokens' values joined by `___`, optionally followed by a truncation count, `None` for "unset".
// A token that decodes to a JSON value other than an object or a list makes the AWS CLI fail with
// a Python error; that is an error here too.

/** What a starting token sets: member name → value (`undefined`: remove the member). */
export type StartingTokenResult =
  | {
      readonly ok: true;
      readonly members: ReadonlyArray<readonly [string, unknown]>;
      /** How many results of the first page the token says to skip (`boto_truncate_amount`). */
      readonly skip: number;
    }
  | { readonly ok: false; readonly message: string };

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const SEXTET: ReadonlyMap<string, number> = new Map([...ALPHABET].map((c, i) => [c, i]));

/**
 * Python's lenient `base64.b64decode`: characters outside the alphabet are skipped, decoding stops
 * at the padding that completes a quantum, and a dangling quantum is an error.
 */
export function pythonBase64Decode(text: string): Uint8Array | undefined {
  const out: number[] = [];
  let quad = 0;
  let pads = 0;
  let left = 0;
  for (const c of text) {
    if (c === "=") {
      if (quad >= 2 && quad + ++pads >= 4) return Uint8Array.from(out);
      continue;
    }
    const v = SEXTET.get(c);
    if (v === undefined) continue;
    pads = 0;
    if (quad === 1) out.push(((left << 2) | (v >> 4)) & 0xff);
    else if (quad === 2) out.push(((left << 4) | (v >> 2)) & 0xff);
    else if (quad === 3) out.push(((left << 6) | v) & 0xff);
    left = v;
    quad = (quad + 1) % 4;
  }
  return quad === 0 ? Uint8Array.from(out) : undefined;
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** The new-style token: its JSON object, or `undefined` when botocore falls back to the old style. */
function decodeJsonToken(token: string): { value: unknown } | undefined {
  const bytes = pythonBase64Decode(token);
  if (!bytes) return undefined;
  let json: string;
  try {
    json = utf8.decode(bytes);
  } catch {
    return undefined;
  }
  try {
    // Python's json also reads NaN and Infinity; no token the AWS CLI prints holds them.
    return { value: JSON.parse(json) as unknown };
  } catch {
    return undefined;
  }
}

function pathGet(data: unknown, path: readonly unknown[]): unknown {
  let d = data;
  for (const step of path) {
    if (Array.isArray(d) && typeof step === "number") d = d[step < 0 ? d.length + step : step];
    else if (
      typeof d === "object" &&
      d !== null &&
      typeof step === "string" &&
      Object.hasOwn(d, step)
    )
      d = (d as Record<string, unknown>)[step];
    else throw new Error("a boto_encoded_keys path is not in the token");
  }
  return d;
}

/** Replaces the base64 texts at the token's `boto_encoded_keys` paths by their bytes. */
function decodeBytes(token: Record<string, unknown>, paths: unknown): string | undefined {
  if (!Array.isArray(paths)) return "boto_encoded_keys is not a list";
  try {
    for (const path of paths) {
      if (!Array.isArray(path) || path.length === 0)
        return "a boto_encoded_keys path is not a list";
      const encoded = pathGet(token, path);
      const bytes = typeof encoded === "string" ? pythonBase64Decode(encoded) : undefined;
      if (!bytes) return "a boto_encoded_keys value is not base64";
      const container = pathGet(token, path.slice(0, -1)) as Record<string | number, unknown>;
      Object.defineProperty(container, path[path.length - 1] as string, {
        value: bytes,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  } catch (e) {
    return (e as Error).message;
  }
  return undefined;
}

/** Python's `int()` of a short ASCII text, as the old token format needs it. */
function truncation(text: string): boolean {
  return /^\s*[+-]?\d+(?:_\d+)*\s*$/.test(text);
}

/**
 * The members a starting token sets on the first request, in the order botocore sets them.
 * `inputTokens` are the paginator's input members.
 */
export function readStartingToken(
  token: string,
  inputTokens: readonly string[],
): StartingTokenResult {
  const decoded = decodeJsonToken(token);
  if (
    decoded &&
    typeof decoded.value === "object" &&
    decoded.value !== null &&
    !Array.isArray(decoded.value)
  ) {
    const object = decoded.value as Record<string, unknown>;
    if (Object.hasOwn(object, "boto_encoded_keys")) {
      const paths = object.boto_encoded_keys;
      delete object.boto_encoded_keys;
      const problem = decodeBytes(object, paths);
      if (problem) return { ok: false, message: `Bad starting token: ${problem}` };
    }
    const skip = object.boto_truncate_amount ?? 0;
    delete object.boto_truncate_amount;
    if (typeof skip !== "number" || !Number.isInteger(skip))
      return {
        ok: false,
        message: `Bad starting token: boto_truncate_amount is not a whole number`,
      };
    return {
      ok: true,
      members: Object.keys(object).map(
        (k) => [k, object[k] === null || object[k] === "None" ? undefined : object[k]] as const,
      ),
      skip,
    };
  }
  if (decoded && !Array.isArray(decoded.value)) {
    // botocore calls a dict method on the decoded value: the AWS CLI stops with a Python error.
    const type =
      decoded.value === null
        ? "NoneType"
        : typeof decoded.value === "string"
          ? "str"
          : typeof decoded.value === "boolean"
            ? "bool"
            : Number.isInteger(decoded.value)
              ? "int"
              : "float";
    return { ok: false, message: `'${type}' object has no attribute 'pop'` };
  }
  // The old style (a list decodes to this too: botocore's dict handling fails on it with a TypeError).
  let parts = token.split("___");
  let skip = 0;
  if (parts.length === inputTokens.length + 1) {
    const last = parts[parts.length - 1]!;
    if (truncation(last)) {
      skip = Number(last.trim().replaceAll("_", ""));
      parts = parts.slice(0, -1);
    } else parts = [token];
  }
  if (parts.length > inputTokens.length)
    return { ok: false, message: `Bad starting token: ${token}` };
  return {
    ok: true,
    members: inputTokens.map(
      (name, i) =>
        [name, parts[i] === undefined || parts[i] === "None" ? undefined : parts[i]] as const,
    ),
    skip,
  };
}
