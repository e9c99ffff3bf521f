// Inline checks for scalar values: strings (length in code points, pattern), enums, numbers of
// every width, booleans, blobs, timestamps, documents. Emitted at each use site as straight-line
// code on a local variable; `path` is only evaluated when an issue is reported.

import { trait, type Shape, type Traits } from "@shapekit/model";
import {
  code,
  commentText,
  joinCode,
  lines,
  optionalNumber,
  type Code,
} from "@shapekit/generated-package";
import type { CheckContext } from "./check-context.js";
import { numberTrait } from "./constraint-traits.js";
import { elseBranch } from "./else-branch.js";
import { numberRules } from "./emit-rules.js";
import { helper } from "./runtime-helpers.js";
import { issue } from "./verdict.js";

/** Integer widths: the smallest and largest value of each integer shape type. */
const INTEGER_LIMITS: Record<string, [number, number, string]> = {
  byte: [-128, 127, "an 8-bit integer"],
  short: [-32_768, 32_767, "a 16-bit integer"],
  integer: [-2_147_483_648, 2_147_483_647, "a 32-bit integer"],
  // 2^63 - 1 is not a double: the largest long reads as its nearest one, 2^63.
  long: [-(2 ** 63), 2 ** 63, "a 64-bit integer"],
};

export function scalarCheck(
  ctx: CheckContext,
  shape: Shape,
  traits: Traits,
  v: Code,
  p: Code,
): Code {
  const values = trait.enumValues(shape, traits);
  if (values) return enumCheck(ctx, shape, values, v, p);
  switch (shape.type) {
    case "string":
      // A JSON value header holds any JSON value (the AWS CLI sends what its JSON text parsed to).
      if (trait.isJsonValueHeader(traits))
        return code`if (${v} === undefined) ${issue(code`c.type(${p}, "a JSON value", ${v});`)}
else if (typeof ${v} === "string") {
${stringChecks(ctx, shape, traits, v, p)}
}`;
      {
        const typeCheck = code`if (typeof ${v} !== "string") ${issue(code`c.type(${p}, "a string", ${v});`)}`;
        const checks = stringChecks(ctx, shape, traits, v, p);
        // A string with no constraint needs no `else` (an empty block is noise to a reader).
        return checks.text.trim() === ""
          ? typeCheck
          : code`${typeCheck}
${elseBranch(checks)}`;
      }
    case "boolean":
      return code`if (typeof ${v} !== "boolean") ${issue(code`c.type(${p}, "a boolean", ${v});`)}`;
    case "byte":
    case "short":
    case "integer":
    case "long":
      return integerCheck(shape.type, traits, v, p);
    case "float":
    case "double":
      return numberCheck(
        code`typeof ${v} !== "number" || !Number.isFinite(${v})`,
        "a number",
        traits,
        v,
        p,
      );
    case "bigInteger":
      return numberCheck(
        code`typeof ${v} !== "bigint" && !(typeof ${v} === "number" && Number.isInteger(${v}))`,
        "an integer (number or bigint)",
        traits,
        v,
        p,
      );
    case "bigDecimal":
      return code`if (!(typeof ${v} === "number" && Number.isFinite(${v})) && !(typeof ${v} === "string" && /^-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?$/.test(${v}))) ${issue(code`c.type(${p}, "a decimal (number or decimal string)", ${v});`)}`;
    case "timestamp":
      // JSON has no dates: a Date, epoch seconds, or an ISO 8601 string, in the strict forms
      // isTimestamp (@shapekit/validation) documents.
      return code`if (!${helper("isTimestamp")}(${v})) ${issue(code`c.type(${p}, "a timestamp (Date, epoch seconds or ISO 8601 date-time string)", ${v});`)}`;
    case "blob":
      return blobCheck(traits, v, p);
    case "document":
      return code`if (${v} === undefined) ${issue(code`c.type(${p}, "a document (any JSON value)", ${v});`)}`;
    default:
      throw new Error(`${shape.id}: no scalar check for a ${shape.type}`);
  }
}

function stringChecks(ctx: CheckContext, shape: Shape, traits: Traits, v: Code, p: Code): Code {
  const length = trait.length(traits);
  const regex = trait.pattern(traits);
  const matcher = regex === undefined ? undefined : ctx.constants.pattern(regex, shape.id);
  const patternCheck =
    typeof matcher === "object"
      ? code`if (!${matcher}.test(${v})) ${issue(code`c.pattern(${p}, ${v}, ${regex!});`)}`
      : undefined;
  // A pattern with no matcher is said so where it would be checked, and why.
  const skipped =
    matcher === "unsupported"
      ? code`// The @pattern ${commentText(regex!)} is not checked: it has no linear-time matcher.`
      : matcher === "every string"
        ? code`// The @pattern ${commentText(regex!)} matches every string: nothing to check.`
        : undefined;
  if (!length || (length.min === undefined && length.max === undefined))
    return patternCheck ?? skipped ?? code``;
  // A string has at least length/2 and at most length code points: count them only when the
  // UTF-16 length alone cannot settle the check.
  const outside: Code[] = [];
  if (length.max !== undefined) outside.push(code`${v}.length > ${length.max}`);
  if (length.min !== undefined && length.min > 0)
    outside.push(code`${v}.length < ${length.min * 2}`);
  const failed: Code[] = [];
  if (length.min !== undefined && length.min > 0) failed.push(code`n < ${length.min}`);
  if (length.max !== undefined) failed.push(code`n > ${length.max}`);
  const lengthIssue = issue(
    code`c.length(${p}, ${v}, n, ${optionalNumber(length.min)}, ${optionalNumber(length.max)}, "characters");`,
  );
  if (outside.length === 0) return patternCheck ?? skipped ?? code``;
  if (!patternCheck) {
    const check = code`if (${joinCode(outside, " || ")}) {
const n = ${helper("codePointLength")}(${v});
if (${joinCode(failed, " || ")}) ${lengthIssue}
}`;
    return skipped ? lines([check, skipped]) : check;
  }
  // The pattern runs only on a string of a valid length: the length issue says enough, and a
  // megabyte string over a 64-character limit is never searched. Inside the UTF-16 bounds the
  // UTF-16 length stands in for the count, which is then within bounds too.
  return code`const n = ${joinCode(outside, " || ")} ? ${helper("codePointLength")}(${v}) : ${v}.length;
if (${joinCode(failed, " || ")}) ${lengthIssue}
else ${patternCheck}`;
}

/**
 * A member whose target is the enum `shape`, checked inline against the value list and Set the
 * enum's own module exports (`CheckContext.enumsByImport`): what the enum's check would do.
 */
export function enumMemberCheck(ctx: CheckContext, shape: Shape, v: Code, p: Code): Code {
  const { list, set } = ctx.constants.imported(ctx.names.get(shape.id)!.base);
  return enumTest(shape, list, set, v, p);
}

function enumCheck(
  ctx: CheckContext,
  shape: Shape,
  values: Array<string | number>,
  v: Code,
  p: Code,
): Code {
  const names = ctx.names.get(shape.id);
  const base = names?.base ?? shape.name;
  // An enum's own module exports them for the modules that check its members inline.
  const exported =
    (ctx.enumsByImport ?? false) &&
    names !== undefined &&
    (shape.type === "enum" || shape.type === "intEnum");
  const { list, set } = ctx.constants.enumValues(`${base}`, values, exported);
  return enumTest(shape, list, set, v, p);
}

function enumTest(shape: Shape, list: Code, set: Code, v: Code, p: Code): Code {
  const label = shape.type === "intEnum" ? "an integer" : "a string";
  const typeTest =
    shape.type === "intEnum" ? code`typeof ${v} !== "number"` : code`typeof ${v} !== "string"`;
  return code`if (${typeTest}) ${issue(code`c.type(${p}, ${`${label} (${shape.name})`}, ${v});`)}
else if (!${set}.has(${v})) ${issue(code`c.enumValue(${p}, ${v}, ${shape.name}, ${list});`)}`;
}

function integerCheck(type: string, traits: Traits, v: Code, p: Code): Code {
  const [min, max, label] = INTEGER_LIMITS[type]!;
  // `(v | 0) === v` is the fastest exact test for a 32-bit integer.
  const notInteger =
    type === "integer"
      ? code`typeof ${v} !== "number" || (${v} | 0) !== ${v}`
      : code`typeof ${v} !== "number" || !Number.isInteger(${v}) || ${v} < ${min} || ${v} > ${max}`;
  return numberCheck(notInteger, label, traits, v, p);
}

function numberCheck(notNumber: Code, label: string, traits: Traits, v: Code, p: Code): Code {
  const out: Code[] = [];
  const range = trait.range(traits);
  if (range && (range.min !== undefined || range.max !== undefined)) {
    const outside: Code[] = [];
    if (range.min !== undefined) outside.push(code`${v} < ${range.min}`);
    if (range.max !== undefined) outside.push(code`${v} > ${range.max}`);
    out.push(
      code`if (${joinCode(outside, " || ")}) ${issue(code`c.range(${p}, Number(${v}), ${optionalNumber(range.min)}, ${optionalNumber(range.max)});`)}`,
    );
  }
  const step = numberTrait(traits, "shapekit#multipleOf");
  if (step !== undefined) out.push(numberRules(step, v, p));
  const typeIssue = issue(code`c.type(${p}, ${label}, ${v});`);
  return out.length === 0
    ? code`if (${notNumber}) ${typeIssue}`
    : code`if (${notNumber}) ${typeIssue}
${elseBranch(lines(out))}`;
}

function blobCheck(traits: Traits, v: Code, p: Code): Code {
  const length = trait.length(traits);
  const bounds = [
    ...(length?.min !== undefined ? [code`${v}.byteLength < ${length.min}`] : []),
    ...(length?.max !== undefined ? [code`${v}.byteLength > ${length.max}`] : []),
  ];
  // Parentheses only around an `||` (prettier drops them around a single comparison).
  const outOfBounds = bounds.length > 1 ? code`(${joinCode(bounds, " || ")})` : bounds[0];
  const lengthCheck =
    length && outOfBounds !== undefined
      ? code`
else if (${v} instanceof Uint8Array && ${outOfBounds}) ${issue(code`c.length(${p}, ${v}, ${v}.byteLength, ${optionalNumber(length.min)}, ${optionalNumber(length.max)}, "bytes");`)}`
      : code``;
  return code`if (typeof ${v} !== "string" && !(${v} instanceof Uint8Array)) ${issue(code`c.type(${p}, "a blob (Uint8Array or base64 string)", ${v});`)}${lengthCheck}`;
}
