// Lays out a shape module's text exactly as prettier prints it (print width 100), so the
// orchestrator can skip prettier for it: prettier on the ~2,500 shape modules of a whole service
// was most of a generation's time. The `code` templates write one statement or block header per
// line and no indentation; this pass indents by bracket depth, keeps single blank lines where
// prettier keeps them, writes string literals with prettier's quotes, and breaks the few kinds
// of long line the emitters produce (`if (test) call(…);`, calls, `||` chains; module
// constants in constant-layout.ts) the way prettier does. Anything else too long, or any
// construct it does not know, returns `undefined`: that module goes through prettier as before.
// Correctness is checked, not assumed: tests and `SHAPEKIT_VERIFY_PREFORMATTED=1` compare with
// prettier.

import { appendAll, runtimeName } from "@shapekit/model";
import { IDENTIFIER, PRINT_WIDTH, stringLiteral } from "@shapekit/generated-package";
import { layoutConstant } from "./constant-layout.js";
import { fits, matching, pad, splitTopLevel, STRING_LITERAL } from "./layout-scan.js";

/** The runtime's definers of `validate…`, `is…` and `assert…` (emit-modules.ts). */
const DEFINERS = ["defineValidator", "defineCheckGuard", "defineAssertion"].map(runtimeName);
/** Their types: `export const isX: __ShapeGuard<X> =`. */
const DEFINED_TYPES = ["ShapeValidator", "ShapeGuard", "ShapeAssertion"].map(runtimeName);
/** The ends of a declaration line whose value prettier moves to the next line. */
const DEFINER_OPENS = DEFINERS.map((definer) => ` ${definer}<`);
/** `export const validateX: __ShapeValidator<X> =`: no break point before the `=`. */
const DEFINITION_DECLARATION = new RegExp(
  `^export const [\\w$]+: (?:${DEFINED_TYPES.join("|")})<[A-Za-z_$][\\w$]*> =$`,
);

/** `export const validateX: __ShapeValidator<`: the annotation broken, nothing to break before. */
const DEFINITION_ANNOTATION_OPEN = new RegExp(
  `^export const [\\w$]+: (?:${DEFINED_TYPES.join("|")})<$`,
);
/** `export function checkX(` of a parameter list already broken: nothing to break before. */
const FUNCTION_OPEN = /^export function [A-Za-z_$][\w$]*\($/;

/** `callee<T>(` of an argument list already broken, `T` a plain name: nothing to break before. */
const CALL_OPEN = /^[A-Za-z_$][\w$.]*(?:<[A-Za-z_$][\w$]*>)?\($/;

/** `name,` or `"string",`: an argument on its own line, which nothing can break. */
const UNBREAKABLE_ARGUMENT = /^(?:[A-Za-z_$][\w$]*|"(?:[^"\\]|\\.)*"),$/;

/** `T[]`, a type argument on its own line (`__ShapeValidator<` / `T[]` / `> = …`): unbreakable. */
const LIST_TYPE = /^[A-Za-z_$][\w$]*(?:\[\])+$/;

/** `import { a } from "…";` or `import type { a as b } from "…";`: one name. */
const SINGLE_IMPORT =
  /^import (?:type )?\{ [A-Za-z_$][\w$]*(?: as [A-Za-z_$][\w$]*)? \} from "[^"]*";$/;

/** The module laid out as prettier prints it, or `undefined` when it must go through prettier. */
export function layoutShapeModule(text: string): string | undefined {
  const out: string[] = [];
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  let depth = 0;
  // Frames of open `{`: whether the block is a switch, and whether a `case` label is open in it.
  // `extra`: 1 when the line that opened the frame was a continuation (the value after `=`),
  // whose brackets' contents and closing line keep that indentation.
  const frames: Array<{ switch: boolean; inCase: boolean; extra: number }> = [];
  let extra = 0;
  let blank = false;
  let inComment = false;
  for (const raw of lines) {
    if (inComment) {
      if (depth !== 0) return undefined;
      out.push(raw);
      if (raw.trimEnd().endsWith("*/")) inComment = false;
      continue;
    }
    const line = raw.trim();
    if (line === "") {
      blank = true;
      continue;
    }
    if (line.startsWith("/**") && !line.endsWith("*/")) {
      if (depth !== 0) return undefined;
      if (blank && out.length > 0) out.push("");
      blank = false;
      out.push(line);
      inComment = true;
      continue;
    }
    const closes = line.startsWith("}") || line.startsWith(")") || line.startsWith("]");
    const frame = frames.at(-1);
    const isLabel = /^(case .*|default):$/.test(line);
    if (isLabel && !frame?.switch) return undefined;
    // Blank lines: one kept between statements, none at the start or end of a block.
    const previous = out.at(-1) ?? "";
    if (
      blank &&
      out.length > 0 &&
      !closes &&
      !/[{([]$/.test(previous) &&
      !isLabel &&
      !/:$/.test(previous)
    )
      out.push("");
    blank = false;
    let closedExtra = 0;
    if (closes) {
      if (frame?.inCase) depth--;
      depth--;
      frames.pop();
      closedExtra = frame?.extra ?? 0;
      extra -= closedExtra;
      if (depth < 0) return undefined;
    }
    // The value of a declaration that prettier moved to the line after its `=`, or the type
    // argument of an annotation it broke (`ShapeValidator<` / `  T[]` / `> = …`).
    const continued =
      previous.endsWith(" =") ||
      previous.endsWith("<") ||
      DEFINER_OPENS.some((open) => previous.endsWith(open))
        ? 1
        : 0;
    let indent = depth + extra + closedExtra + continued;
    if (isLabel) {
      if (frame!.inCase) {
        depth--;
        indent--;
      }
      frame!.inCase = true;
    }
    // `}` then `else` is `} else` in prettier's layout: joined to the line the block closed on,
    // when the `else` opens a block or an `if` (the only forms the emitters write after a block).
    const joined = /^else\b/.test(line) && previous.trim() === "}";
    if (joined && (previous !== `${pad(indent)}}` || !/^else (?:\{|if \()/.test(line)))
      return undefined;
    const normal = normalize(line);
    if (normal === undefined) return undefined;
    if (joined) {
      const printed = printStatement(`} ${normal.text}`, indent);
      if (printed === undefined) return undefined;
      out.pop();
      appendAll(out, printed);
    } else if (normal.isComment) {
      if (normal.text.length + indent * 2 > PRINT_WIDTH && !normal.text.startsWith("/"))
        return undefined;
      out.push("  ".repeat(indent) + normal.text);
    } else {
      const printed = printStatement(normal.text, indent);
      if (printed === undefined) return undefined;
      appendAll(out, printed);
    }
    const opens = normal.opens - (closes ? normal.closes - 1 : normal.closes);
    if (opens > 1 || opens < 0 || (opens === 1 && !/[{([]$/.test(line))) return undefined;
    if (opens === 1) {
      frames.push({ switch: /^switch \(/.test(line), inCase: false, extra: continued });
      extra += continued;
      depth++;
    }
    if (isLabel) depth++;
  }
  if (depth !== 0 || inComment) return undefined;
  return `${out.join("\n")}\n`;
}

interface Normalized {
  readonly text: string;
  readonly isComment: boolean;
  readonly opens: number;
  readonly closes: number;
}

const STRINGS = /"(?:[^"\\]|\\.)*"/g;
/** A number in exponent notation (`1e-7`, `1e+21`); not part of a name like `S3E2`. */
const EXPONENT = /(?<![\w$.])(\d+(?:\.\d*)?)([eE])([-+]?)(\d+)/g;

/**
 * `part` with its exponent numbers as prettier prints them, or `undefined` for a form this pass
 * does not rewrite. The code layer writes numbers as JavaScript does (`1e-7`, `1e+21`: no
 * trailing zeros, a lower-case `e`), of which prettier only drops the exponent's `+`.
 */
function exponentsNormalized(part: string): string | undefined {
  let unknown = false;
  const text = part.replace(EXPONENT, (_, mantissa: string, e: string, sign: string, digits) => {
    if (e !== "e" || /\.$|\.\d*0$/.test(mantissa)) unknown = true;
    return `${mantissa}e${sign === "-" ? "-" : ""}${digits as string}`;
  });
  return unknown ? undefined : text;
}

/** `(-1)` or `(0)` that is not a call's argument list (`f(0)` is). */
const PARENTHESIZED_NUMBER = /(?:^|[^\w$)\]])\((?:-[0-9]|0\))/;

const OPENERS = /[{([]/g;
const CLOSERS = /[})\]]/g;

/**
 * One line with prettier's string quotes and without the parentheses prettier drops around
 * negative numbers; the brackets it opens and closes outside strings. `undefined` for a
 * construct this pass does not lay out (other quotes, template or regular expression literals,
 * exponent numbers not written as JavaScript writes them).
 */
function normalize(line: string): Normalized | undefined {
  if (
    line.startsWith("//") ||
    (line.startsWith("/**") && line.endsWith("*/")) ||
    line.startsWith("*")
  ) {
    return { text: line, isComment: true, opens: 0, closes: 0 };
  }
  let text = "";
  let opens = 0;
  let closes = 0;
  let last = 0;
  const code = (written: string): boolean => {
    if (/["'`/]/.test(written)) return false;
    const part = /\d[eE]/.test(written) ? exponentsNormalized(written) : written;
    if (part === undefined) return false;
    opens += part.match(OPENERS)?.length ?? 0;
    closes += part.match(CLOSERS)?.length ?? 0;
    // `(-1)` from the code layer's literals (and `(0)`, its `-0`): prettier writes `-1` after
    // `(`, `[`, `,`, `<`, `>`. Prettier drops such parentheses everywhere else too (after `=`,
    // `return`, any operator) but keeps those of a condition (`if (0)`); the emitters write none
    // there, so one left over is a line this pass does not know: prettier's.
    if (!part.includes("(-") && !part.includes("(0)")) {
      text += part;
      return true;
    }
    const unwrapped = part.replace(/([([,<>] ?)\((-[0-9][0-9.]*(?:e-?[0-9]+)?|0)\)/g, "$1$2");
    if (PARENTHESIZED_NUMBER.test(unwrapped)) return false;
    text += unwrapped;
    return true;
  };
  for (const m of line.matchAll(STRINGS)) {
    if (!code(line.slice(last, m.index))) return undefined;
    // Without an escaped `"` the JSON text is already prettier's (double quotes, same escapes).
    text += m[0].includes('\\"') ? stringLiteral(JSON.parse(m[0]) as string) : m[0];
    last = m.index + m[0].length;
  }
  if (!code(line.slice(last))) return undefined;
  return { text, isComment: false, opens, closes };
}

/**
 * `a ? b : c` (one `?` and one `:` at the top level, no nesting) broken as prettier breaks a
 * conditional: the test at `indent`, each branch on the next lines one level deeper, led by its
 * operator; undefined for anything else or a line still too long.
 */
function brokenConditional(text: string, indent: number): string[] | undefined {
  const [test, branches, ...more] = splitTopLevel(text, " ? ");
  if (branches === undefined || more.length > 0 || /\?|=>|`/.test(test!)) return undefined;
  const [whenTrue, whenFalse, ...rest] = splitTopLevel(branches, " : ");
  if (
    whenFalse === undefined ||
    rest.length > 0 ||
    /[?:]/.test(whenTrue!.replace(/"(?:[^"\\]|\\.)*"/g, ""))
  )
    return undefined;
  if (/[?]|=>|`/.test(whenFalse.replace(/"(?:[^"\\]|\\.)*"/g, ""))) return undefined;
  const lines = [
    pad(indent) + test!,
    `${pad(indent + 1)}? ${whenTrue}`,
    `${pad(indent + 1)}: ${whenFalse}`,
  ];
  // The last line takes the argument's comma.
  return lines.every((l, i) => l.length + (i === 2 ? 1 : 0) <= PRINT_WIDTH) ? lines : undefined;
}

/** One statement (or block header) at `indent`, broken as prettier would; `undefined` if unknown. */
function printStatement(text: string, indent: number): string[] | undefined {
  if (fits(indent, text)) return [pad(indent) + text];
  // A declaration whose type has one plain type argument has no break point before `=`.
  if (indent === 0 && DEFINITION_DECLARATION.test(text)) return [text];
  // A long shape name: prettier can break none of these openings (the arguments of the call
  // follow on lines of their own, as the emitter wrote them).
  if (indent === 0 && (DEFINITION_ANNOTATION_OPEN.test(text) || FUNCTION_OPEN.test(text)))
    return [text];
  if (CALL_OPEN.test(text) || UNBREAKABLE_ARGUMENT.test(text) || LIST_TYPE.test(text))
    return [pad(indent) + text];
  // Prettier never breaks an import of one name (`import { checkX } from "./X.js";`).
  if (indent === 0 && SINGLE_IMPORT.test(text)) return [text];
  const conditional = /^(?:\} )?(?:else )?if \(/.exec(text);
  if (conditional) {
    const open = conditional[0].length - 1;
    const close = matching(text, open);
    if (close < 0) return undefined;
    const head = text.slice(0, close);
    const rest = text.slice(close + 1);
    const opening = text.slice(0, open + 1);
    const test = text.slice(open + 1, close - 1);
    if (rest === "{")
      return breakTest(opening, test, ") {", indent) ?? callTest(opening, test, ") {", indent);
    const header = fits(indent, head)
      ? [pad(indent) + head]
      : (breakTest(opening, test, ")", indent) ?? callTest(opening, test, ")", indent));
    if (header === undefined || /[{;]$/.test(rest) === false || rest.endsWith("{"))
      return undefined;
    const body = printSimple(rest, indent + 1);
    return body && [...header, ...body];
  }
  return printSimple(text, indent);
}

/** `if (` + a test too long for one line + `)`: an `||` or `&&` chain one operand per line. */
function breakTest(
  opening: string,
  test: string,
  closing: string,
  indent: number,
): string[] | undefined {
  for (const operator of [" || ", " && "]) {
    const operands = splitTopLevel(test, operator);
    if (operands.length < 2) continue;
    const other = operator === " || " ? " && " : " || ";
    if (operands.some((o) => splitTopLevel(o, other).length > 1 || /\?|^!?\(/.test(o)))
      return undefined;
    const last = operands.length - 1;
    const lines = operands.map(
      (o, i) => pad(indent + 1) + o + (i < last ? operator.trimEnd() : ""),
    );
    if (lines.some((l) => l.length > PRINT_WIDTH)) return undefined;
    return [pad(indent) + opening, ...lines, pad(indent) + closing];
  }
  return undefined;
}

/**
 * `if (` + a test that is one call (`!checkX(…)`), too long for one line with `if (`: the call
 * on a line of its own when it fits there, else its arguments one per line (the call's own
 * group breaks after the test's).
 */
function callTest(
  opening: string,
  test: string,
  closing: string,
  indent: number,
): string[] | undefined {
  if (!/^!?[A-Za-z_$][\w$.]*\(/.test(test)) return undefined;
  const lines = brokenCall(test, indent + 1, "");
  return lines && [pad(indent) + opening, ...lines, pad(indent) + closing];
}

/**
 * A statement without a nested statement: a call (`c.type(…);`, `checkX(…);`), or a constant
 * (`const X = [...];`, `const X = compilePattern(…);`), arguments or items one per line when too long.
 */
function printSimple(text: string, indent: number): string[] | undefined {
  if (fits(indent, text)) return [pad(indent) + text];
  return /^(?:export )?const /.test(text)
    ? layoutConstant(text, indent)
    : brokenCall(text, indent, ";");
}

/**
 * A call or constant ending in `end` (`;`, or nothing for a test), on one line when it fits,
 * else its arguments or items one per line.
 */
function brokenCall(text: string, indent: number, end: string): string[] | undefined {
  if (fits(indent, text)) return [pad(indent) + text];
  const call = /^!?(?:new )?[A-Za-z_$][\w$.]*(?:<[\w$]+>)?\(/.exec(text);
  if (!call) return undefined;
  const open = call[0].length - 1;
  const close = matching(text, open);
  if (close < 0 || text.slice(close) !== end) return undefined;
  const items = splitTopLevel(text.slice(open + 1, close - 1), ", ");
  if (items.length === 0 || items[0] === "") return undefined;
  const inner = pad(indent + 1);
  const itemLines: string[] = [];
  for (const item of items) {
    // A conditional too long for its own line: its branches on lines of their own.
    const conditional =
      fits(indent + 1, `${item},`) || STRING_LITERAL.test(item)
        ? undefined
        : brokenConditional(item, indent + 1);
    if (conditional !== undefined) {
      itemLines.push(...conditional.slice(0, -1), `${conditional.at(-1)!},`);
      continue;
    }
    // An argument too long for its own line would be broken inside: not laid out here.
    // (A string literal cannot be broken: prettier leaves it past the width on its own line.)
    // (Neither can a name. Only code is looked into: a message may hold a backtick or `=>`.)
    if (
      !STRING_LITERAL.test(item) &&
      !IDENTIFIER.test(item) &&
      (!fits(indent + 1, `${item},`) || /^[[{(]|=>|`/.test(item))
    )
      return undefined;
    itemLines.push(`${inner}${item},`);
  }
  // Prettier keeps a call whose last argument is an arrow function or object hugged; none here.
  return [pad(indent) + text.slice(0, open + 1), ...itemLines, pad(indent) + text.slice(close - 1)];
}
