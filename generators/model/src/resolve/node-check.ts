// Checks a node value (a trait value, a default) against the shape that types it: the value kind
// each shape type accepts, structure members (required ones present, unknown ones reported),
// `null` only where a member may be null, enum and intEnum values, integer ranges, and (given a
// selector oracle) `@idRef` strings. Used for trait applications and `@default` values.

import { compilePattern, patternProblem } from "@shapekit/validation";
import { memberNamed, type NodeValue } from "../ast.js";
import { isNodeObject, nodeTypeName } from "../node-value.js";
import { getOwn } from "../record.js";
import type { ResolveContext } from "./context.js";

const INTEGER_RANGES: ReadonlyMap<string, readonly [number, number]> = new Map([
  ["byte", [-128, 127]],
  ["short", [-32768, 32767]],
  ["integer", [-2147483648, 2147483647]],
  ["long", [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER]],
]);

/**
 * Problems with `value` as a value of `shapeId`, each a message starting with the path. With
 * `unknownMembers`, members a structure does not define are listed there instead (a trait value
 * may carry members of a newer definition: the reference loader only warns of them).
 */
export function checkNode(
  value: NodeValue,
  shapeId: string,
  ctx: ResolveContext,
  path = "value",
  unknownMembers?: string[],
  options: {
    readonly constraints?: boolean;
    /** Where values outside a `@range` are listed (with the other problems by default). */
    readonly outsideRange?: string[];
    /** The traits of the member whose value this is (its own `@length`, `@range`, …). */
    readonly memberTraits?: Record<string, NodeValue>;
    /**
     * Whether a shape is among those a selector selects (undefined: the selector is not
     * understood). Given, `@idRef` strings are checked: an absolute shape id, of a shape that
     * exists when the trait says `failWhenMissing`, and that matches the trait's selector.
     */
    readonly selects?: (selector: string, id: string) => boolean | undefined;
  } = {},
): string[] {
  const problems: string[] = [];
  const found = {
    problems,
    unknown: unknownMembers ?? problems,
    outsideRange: options.outsideRange ?? problems,
    constraints: options.constraints === true,
    ...(options.selects ? { selects: options.selects } : {}),
  };
  visit(value, shapeId, path, ctx, found, 0, options.memberTraits);
  return problems;
}

/**
 * Where `visit` reports: unknown structure members may go to their own list. With `constraints`,
 * values are also held to the `@length`, `@range` and `@pattern` of their shape and member:
 * trait values and `@default` values are (the reference loader only warns of a default outside a
 * `@range`, so the caller may list those apart).
 */
interface Findings {
  readonly problems: string[];
  readonly unknown: string[];
  readonly outsideRange: string[];
  readonly constraints: boolean;
  readonly selects?: (selector: string, id: string) => boolean | undefined;
}

function visit(
  value: NodeValue,
  shapeId: string,
  path: string,
  ctx: ResolveContext,
  found: Findings,
  depth: number,
  memberTraits?: Record<string, NodeValue>,
): void {
  const out = found.problems;
  const shape = ctx.shapes.get(shapeId)?.ast;
  if (!shape || depth > 64) return; // an unknown target is reported elsewhere
  if (found.constraints) checkConstraints(value, { ...shape.traits, ...memberTraits }, path, found);
  const expected = (kind: string) =>
    out.push(
      `${path}: expected ${kind} for ${shape.type} ${shapeId}, found ${nodeTypeName(value)}`,
    );
  switch (shape.type) {
    case "document":
      return;
    case "string":
    case "blob":
      if (typeof value !== "string") expected("a string");
      else if (shape.type === "string" && found.selects) {
        const idRef = getOwn(memberTraits, ID_REF) ?? getOwn(shape.traits, ID_REF);
        if (isNodeObject(idRef)) checkIdRef(value, idRef, path, ctx, found);
      }
      return;
    case "timestamp":
      if (typeof value !== "string" && typeof value !== "number") expected("a string or a number");
      return;
    case "boolean":
      if (typeof value !== "boolean") expected("a boolean");
      return;
    case "byte":
    case "short":
    case "integer":
    case "long":
    case "bigInteger": {
      if (typeof value !== "number") return void expected("a number");
      if (!Number.isInteger(value))
        return void out.push(`${path}: ${value} is not an integer (${shapeId} is a ${shape.type})`);
      const range = INTEGER_RANGES.get(shape.type);
      if (range && (value < range[0] || value > range[1]))
        out.push(`${path}: ${value} does not fit in a ${shape.type}`);
      return;
    }
    case "float":
    case "double":
    case "bigDecimal":
      if (typeof value !== "number") expected("a number");
      return;
    case "enum":
    case "intEnum": {
      const values = Object.values(shape.members ?? {}).map((m) =>
        getOwn(m.traits, "smithy.api#enumValue"),
      );
      if (shape.type === "enum" ? typeof value !== "string" : typeof value !== "number") {
        return void expected(shape.type === "enum" ? "a string" : "an integer");
      }
      if (!values.includes(value))
        out.push(`${path}: ${JSON.stringify(value)} is not a value of ${shapeId}`);
      return;
    }
    case "list":
    case "set":
      if (!Array.isArray(value)) return void expected("an array");
      if (shape.member)
        value.forEach((v, i) => {
          if (v === null && !isSparse(shape.type, shape.traits))
            return void out.push(
              `${path}[${i}]: ${shapeId} is not @sparse: its items cannot be null`,
            );
          visit(
            v,
            shape.member!.target,
            `${path}[${i}]`,
            ctx,
            found,
            depth + 1,
            shape.member!.traits,
          );
        });
      return;
    case "map":
      if (!isNodeObject(value)) return void expected("an object");
      if (shape.value)
        for (const [k, v] of Object.entries(value)) {
          if (v === null && !isSparse(shape.type, shape.traits))
            out.push(`${path}.${k}: ${shapeId} is not @sparse: its values cannot be null`);
          else
            visit(v, shape.value.target, `${path}.${k}`, ctx, found, depth + 1, shape.value.traits);
        }
      return;
    case "structure":
    case "union": {
      if (!isNodeObject(value)) return void expected("an object");
      const members = shape.members ?? {};
      for (const [k, v] of Object.entries(value)) {
        const m = getOwn(members, k);
        if (!m) found.unknown.push(`${path}: unknown member \`${k}\` for ${shapeId}`);
        else if (v === null && !memberMayBeNull(shape.type, shape.traits, m.traits))
          out.push(`${path}.${k}: member \`${k}\` of ${shapeId} cannot be null`);
        else visit(v, m.target, `${path}.${k}`, ctx, found, depth + 1, m.traits);
      }
      if (shape.type === "structure") {
        for (const [k, m] of Object.entries(members)) {
          if (
            m.traits &&
            Object.hasOwn(m.traits, "smithy.api#required") &&
            !Object.hasOwn(value, k)
          ) {
            out.push(`${path}: missing required member \`${k}\` of ${shapeId}`);
          }
        }
      } else if (Object.keys(value).length !== 1) {
        out.push(`${path}: a union value (${shapeId}) sets exactly one member`);
      }
      return;
    }
    default:
      return;
  }
}

const ID_REF = "smithy.api#idRef";
/** An absolute shape id, of a shape or a member (`ns.a#Shape`, `ns.a#Shape$member`). */
const ABSOLUTE_SHAPE_ID =
  /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*#[A-Za-z_][A-Za-z0-9_]*(?:\$[A-Za-z_][A-Za-z0-9_]*)?$/;

/**
 * A string an `@idRef` types: the shape it names must exist when the trait says
 * `failWhenMissing`, and match its `selector` when it exists. The trait's `errorMessage`, when
 * set, replaces ours.
 */
function checkIdRef(
  value: string,
  idRef: Record<string, NodeValue>,
  path: string,
  ctx: ResolveContext,
  found: Findings,
): void {
  const custom = getOwn(idRef, "errorMessage");
  const report = (message: string) =>
    found.problems.push(`${path}: ${typeof custom === "string" ? custom : message}`);
  if (!ABSOLUTE_SHAPE_ID.test(value))
    return void found.problems.push(
      `${path}: ${JSON.stringify(value)} is not an absolute shape id (ns#Name), which @idRef requires`,
    );
  const dollar = value.indexOf("$");
  const container = ctx.shapes.get(dollar === -1 ? value : value.slice(0, dollar))?.ast;
  const exists =
    container !== undefined && (dollar === -1 || memberNamed(container, value.slice(dollar + 1)));
  if (!exists) {
    if (getOwn(idRef, "failWhenMissing") === true)
      report(`shape ${value} is not defined in the model (@idRef with failWhenMissing)`);
    return;
  }
  const selector = getOwn(idRef, "selector");
  if (
    typeof selector === "string" &&
    selector.trim() !== "*" &&
    found.selects!(selector, value) === false
  )
    report(`shape ${value} does not match the @idRef selector \`${selector}\``);
}

/** Whether a list's items or a map's values may be null: only with `@sparse`. */
function isSparse(type: string, traits: Record<string, NodeValue> | undefined): boolean {
  return type !== "set" && traits !== undefined && Object.hasOwn(traits, "smithy.api#sparse");
}

/**
 * Whether a structure or union member's value may be null, as clients see it: never in a union;
 * in a structure, unless the member is `@required` or has a non-null `@default` (and neither
 * `@clientOptional` nor an `@input` structure makes it optional again).
 */
function memberMayBeNull(
  type: string,
  containerTraits: Record<string, NodeValue> | undefined,
  memberTraits: Record<string, NodeValue> | undefined,
): boolean {
  if (type === "union") return false;
  const has = (traits: Record<string, NodeValue> | undefined, id: string) =>
    traits !== undefined && Object.hasOwn(traits, id);
  if (has(memberTraits, "smithy.api#clientOptional") || has(containerTraits, "smithy.api#input"))
    return true;
  const defaultValue = getOwn(memberTraits, "smithy.api#default");
  return (
    !has(memberTraits, "smithy.api#required") &&
    (defaultValue === undefined || defaultValue === null)
  );
}

/** `@length` (code points of a string, items of a list, entries of a map), `@range`, `@pattern`. */
function checkConstraints(
  value: NodeValue,
  traits: Record<string, NodeValue>,
  path: string,
  found: Findings,
): void {
  const out = found.problems;
  const length = getOwn(traits, "smithy.api#length");
  if (isNodeObject(length)) {
    const size =
      typeof value === "string"
        ? [...value].length
        : Array.isArray(value)
          ? value.length
          : isNodeObject(value)
            ? Object.keys(value).length
            : undefined;
    if (size !== undefined && outside(size, length))
      out.push(`${path}: length ${size} is outside the @length ${bounds(length)}`);
  }
  const range = getOwn(traits, "smithy.api#range");
  if (isNodeObject(range) && typeof value === "number" && outside(value, range))
    found.outsideRange.push(`${path}: ${value} is outside the @range ${bounds(range)}`);
  const pattern = getOwn(traits, "smithy.api#pattern");
  // A pattern without a linear-time matcher is reported where it is written, and not run here.
  if (typeof pattern === "string" && typeof value === "string" && !patternProblem(pattern))
    if (!compilePattern(pattern).test(value))
      out.push(`${path}: ${JSON.stringify(value)} does not match the @pattern ${pattern}`);
}

function outside(n: number, bounds: Record<string, NodeValue>): boolean {
  const min = getOwn(bounds, "min");
  const max = getOwn(bounds, "max");
  return (typeof min === "number" && n < min) || (typeof max === "number" && n > max);
}

function bounds(b: Record<string, NodeValue>): string {
  return JSON.stringify(b);
}
