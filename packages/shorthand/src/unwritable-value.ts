// A caller's value on its way to words (`toArgumentWords`, `toShorthand`): read once into plain
// data, which the words are written from and compared with, and when no words can carry it, where
// in the value the trouble is and what it is, rather than that nothing worked. The values come
// from callers (a form, a chat message turned into an object), so the walk never trusts them: a
// getter or proxy trap that throws is reported as a problem there, a cycle is found without
// recursing forever, and the walk stops past the parsers' nesting limit.

import {
  isScalar,
  shapeOf,
  type CliOption,
  type CliShape,
  type CliShapeTable,
} from "./cli-shape.js";
import { MAX_NESTING } from "./parser.js";
import { setOwnProperty } from "./value.js";
import { exoticKind, thrownReason, valueKind } from "./value-kind.js";

/** Where inside the value the problem is (`[1].ServerlessConfig`, "" for the value itself), and what it is. */
export interface Unwritable {
  readonly path: string;
  readonly reason: string;
}

/**
 * The levels past which no form reads back: the parsers read MAX_NESTING levels of brackets, and
 * shorthand writes none for its top level, nor for a list option's items (one word each). Nearer
 * the limit, the read-back of each form decides.
 */
const MAX_LEVELS = MAX_NESTING + 2;

/** JavaScript identifiers read well after a dot; other keys are written as JSON strings in brackets. */
const PLAIN_KEY = /^[A-Za-z_$][\w$]*$/;

function childPath(path: string, key: string | number): string {
  if (typeof key === "number") return `${path}[${key}]`;
  if (!PLAIN_KEY.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path === "" ? key : `${path}.${key}`;
}

/** What a scalar shape's word reads back as, by type. */
function scalarExpectation(shape: CliShape): { test: (v: unknown) => boolean; what: string } {
  switch (shape.type) {
    case "integer":
    case "long":
      return { test: (v) => typeof v === "number" && Number.isInteger(v), what: "an integer" };
    case "float":
    case "double":
      return { test: (v) => typeof v === "number", what: "a number" };
    case "boolean":
      return { test: (v) => typeof v === "boolean", what: "a boolean" };
    default:
      return { test: (v) => typeof v === "string", what: "a string" };
  }
}

/** A problem with the value's top level against the option's shape. */
function topLevelProblem(shape: CliShape, value: unknown): string | undefined {
  if (isScalar(shape)) {
    if (shape.streaming === true)
      return "the option takes a file path (the AWS CLI streams the file): write the contents to a file and pass its path";
    const expected = scalarExpectation(shape);
    if (!expected.test(value)) return `the option takes ${expected.what}, not ${valueKind(value)}`;
    return undefined;
  }
  if (shape.type === "list" && !Array.isArray(value))
    return `the option takes a list (an array), not ${valueKind(value)}`;
  if (
    (shape.type === "structure" || shape.type === "map") &&
    (typeof value !== "object" || value === null || Array.isArray(value))
  )
    return `the option takes ${shape.type === "map" ? "a map" : "a structure"} (an object), not ${valueKind(value)}`;
  return undefined;
}

/**
 * A getter or proxy trap threw while the value was read: worded as the validators word it, with
 * the Error's message (the caller's own code threw it), and only the kind of anything else.
 */
function unreadable(error: unknown): string {
  return `the value could not be read (${thrownReason(error)})`;
}

/** Where a part of the copy goes: a list's index or an object's key. */
type Slot =
  | { readonly list: unknown[]; readonly key: number }
  | { readonly object: object; readonly key: string };

interface Frame {
  readonly value: unknown;
  readonly path: string;
  readonly depth: number;
  readonly slot: Slot;
  /** Pushed after the frame's children: leaves `open` when they are done. */
  readonly exit?: object;
}

function store(slot: Slot, value: unknown): void {
  if ("list" in slot) slot.list[slot.key] = value;
  else setOwnProperty(slot.object, slot.key, value);
}

/** Checks one object, stores its (empty) copy and pushes its children, each read once, apart. */
function visitObject(
  frame: Frame,
  object: object,
  open: Set<object>,
  stack: Frame[],
): Unwritable | undefined {
  const { path, depth } = frame;
  // The AWS CLI builds bytes only from the file of a whole `fileb://` value, never read here.
  if (object instanceof Uint8Array)
    return { path, reason: "bytes have no text form: pass the text instead" };
  const exotic = exoticKind(object);
  if (exotic !== undefined) {
    const hint = exotic === "Date" ? " (pass its text, such as date.toISOString())" : "";
    return { path, reason: `${valueKind(object)} is not a plain object or list${hint}` };
  }
  if (open.has(object)) return { path, reason: "the value contains itself (a cycle)" };
  if (depth >= MAX_LEVELS)
    return { path, reason: `nested too deep: the AWS CLI reads at most ${MAX_NESTING} levels` };
  const list = Array.isArray(object);
  const keys: Array<string | number> = list ? [...object.keys()] : Object.keys(object);
  const copy: object = list ? new Array<unknown>(keys.length) : {};
  store(frame.slot, copy);
  open.add(object);
  stack.push({ value: undefined, path, depth, slot: frame.slot, exit: object });
  const children: Frame[] = [];
  for (const key of keys) {
    const at = childPath(path, key);
    let child: unknown;
    try {
      child = (object as Record<string | number, unknown>)[key];
    } catch (e) {
      return { path: at, reason: unreadable(e) };
    }
    const slot: Slot =
      typeof key === "number" ? { list: copy as unknown[], key } : { object: copy, key };
    children.push({ value: child, path: at, depth: depth + 1, slot });
  }
  for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  return undefined;
}

/** A caller's value read once into plain data, or the first part of it no word form carries. */
export type CallerValue =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly problem: Unwritable };

/**
 * `value` as plain data (lists, plain objects, strings, numbers, booleans, null), each part read
 * once, so that what is written and what it is compared with cannot differ; or the first part
 * that no word form carries, JSON or shorthand: `undefined`, a function, a bigint, a symbol, a
 * `Date` or `Map` (anything but plain objects and lists), bytes, a cycle, nesting past the
 * parser's limit, or a getter or proxy trap that throws.
 */
export function readCallerValue(value: unknown): CallerValue {
  // Depth-first with an explicit stack: hostile depth cannot overflow this walk, and `open`
  // holds the objects on the path to the current one (a cycle is an object met again there).
  const open = new Set<object>();
  const root: unknown[] = [undefined];
  const stack: Frame[] = [{ value, path: "", depth: 0, slot: { list: root, key: 0 } }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if (frame.exit !== undefined) {
      open.delete(frame.exit);
      continue;
    }
    const { value: current, path } = frame;
    switch (typeof current) {
      case "string":
      case "number":
      case "boolean":
        store(frame.slot, current);
        continue;
      case "undefined":
        return { ok: false, problem: { path, reason: "undefined is not a value (leave it out)" } };
      case "bigint":
        return { ok: false, problem: { path, reason: "a bigint has no text form: pass a number" } };
      case "function":
      case "symbol":
        return {
          ok: false,
          problem: {
            path,
            reason: `${valueKind(current)} is not a value the AWS CLI can build`,
          },
        };
    }
    if (current === null) {
      store(frame.slot, null);
      continue;
    }
    // Every look at an object may run the caller's code (a getter, a proxy trap): any of them
    // may throw, and the problem is then this part of the value.
    let found: Unwritable | undefined;
    try {
      found = visitObject(frame, current as object, open, stack);
    } catch (e) {
      found = { path, reason: unreadable(e) };
    }
    if (found !== undefined) return { ok: false, problem: found };
  }
  return { ok: true, value: root[0] };
}

/**
 * The caller's value read once (`readCallerValue`) and checked against what the option takes at
 * its top level (a list for a list option, an integer for an integer option…).
 */
export function writableValue(
  table: CliShapeTable,
  option: CliOption,
  value: unknown,
): CallerValue {
  const read = readCallerValue(value);
  if (!read.ok) return read;
  const top = topLevelProblem(shapeOf(table, option.shape), read.value);
  return top === undefined ? read : { ok: false, problem: { path: "", reason: top } };
}

/**
 * Why a value that passed `writableValue` still has no words: a top-level text the AWS CLI
 * takes for something else, or `undefined` when no known cause applies.
 */
export function misreadText(
  table: CliShapeTable,
  option: CliOption,
  value: unknown,
): Unwritable | undefined {
  if (typeof value !== "string" || !isScalar(shapeOf(table, option.shape))) return undefined;
  return {
    path: "",
    reason:
      "the AWS CLI would not read this text as a value of its own (it looks like an option, or a file:// or http(s):// reference)",
  };
}
