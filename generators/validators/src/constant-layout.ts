// Prettier's layout of the module constants the validators emitter declares (module-constants.ts)
// when one does not fit on its line: `const PATTERN_0 = __compilePattern("…");`,
// `const X_MEMBERS = ["a", "b"];`, `export const X_VALUES: string[] = [...];`,
// `export const X_SET: Set<unknown> = new Set<unknown>(X_VALUES);`. The rules, as observed
// from prettier's output for these forms:
//   - A call (not `new`) whose only argument is short (an identifier, number or string literal
//     of at most a quarter of the width) is hard to break: the value moves to the line after `=`.
//   - Otherwise the value stays after `=` when the line up to its opening bracket fits, and its
//     arguments or items go one per line (numbers several to a line, as a paragraph is filled).
//   - Otherwise the value moves to the next line, one level deeper, and breaks there if it still
//     does not fit.
// An annotation other than the emitter's few, or a value other than a call or array of plain
// items, is not laid out here (`undefined`: the module goes to prettier).

import { IDENTIFIER, PRINT_WIDTH } from "@shapekit/generated-package";
import { fits, matching, pad, splitTopLevel, STRING_LITERAL } from "./layout-scan.js";

/** `const NAME = ` or `export const NAME: TYPE = ` with one of module-constants.ts's types. */
const HEAD =
  /^(?:export )?const [A-Za-z_$][\w$]*(?:: (?:string\[\]|number\[\]|\(string \| number\)\[\]|Set<unknown>))? = /;
/** `callee(`, `new Set<unknown>(`: a call's text up to its argument list. */
const CALL_OPEN = /^(?:new )?[A-Za-z_$][\w$.]*(?:<[\w$]+>)?\(/;
const NUMBER = /^-?\d+(?:\.\d+)?(?:e-?\d+)?$/;
/** Values without a break point: prettier moves them after the `=` when they do not fit. */
const UNBREAKABLE = /^(?:\[\]|\[\] as string\[\]|[A-Za-z_$][\w$.]*)$/;

/** An argument prettier counts as short, which makes a call of it alone hard to break. */
function isShortArgument(item: string): boolean {
  return (
    item.length <= PRINT_WIDTH / 4 &&
    (IDENTIFIER.test(item) || NUMBER.test(item) || STRING_LITERAL.test(item))
  );
}

/** The constant declaration `text` (one line, ending in `;`) at `indent`, as prettier lays it out. */
export function layoutConstant(text: string, indent: number): string[] | undefined {
  if (fits(indent, text)) return [pad(indent) + text];
  const head = HEAD.exec(text)?.[0];
  if (head === undefined || !text.endsWith(";")) return undefined;
  // A union in the annotation would break inside when the name is too long: not laid out.
  if (head.includes("|") && !fits(indent, `${head}[`)) return undefined;
  const assigned = head.slice(0, -1);
  const value = text.slice(head.length, -1);
  const afterOperator = (lines: string[]) => [pad(indent) + assigned.trimEnd(), ...lines];
  if (UNBREAKABLE.test(value)) return afterOperator([`${pad(indent + 1)}${value};`]);
  const open = value.startsWith("[") ? 1 : (CALL_OPEN.exec(value)?.[0].length ?? 0);
  if (open === 0 || matching(value, open - 1) !== value.length) return undefined;
  const items = splitTopLevel(value.slice(open, -1), ", ");
  if (
    items.some((item) => !IDENTIFIER.test(item) && !NUMBER.test(item) && !STRING_LITERAL.test(item))
  )
    return undefined;
  const opening = value.slice(0, open);
  const closing = `${value.slice(-1)};`;
  const isCall = opening !== "[";
  const broken = (at: number) => {
    const inner = itemLines(items, at + 1, !isCall);
    return inner && [pad(at) + opening, ...inner, pad(at) + closing];
  };
  if (isCall && items.length === 1 && isShortArgument(items[0]!)) {
    // `f(x)` with a short `x` is hard to break; `new C(x)` is not (observed). A call with type
    // arguments and one short argument is not one the emitter writes: not laid out.
    if (opening.startsWith("new ") === false) {
      if (opening.includes("<") || !fits(indent + 1, `${value};`)) return undefined;
      return afterOperator([`${pad(indent + 1)}${value};`]);
    }
  }
  if (fits(indent, head + opening)) {
    const lines = broken(indent);
    return lines && [pad(indent) + head + lines[0]!.trimStart(), ...lines.slice(1)];
  }
  if (fits(indent + 1, `${value};`)) return afterOperator([`${pad(indent + 1)}${value};`]);
  const lines = broken(indent + 1);
  return lines && afterOperator(lines);
}

/**
 * The items of a broken argument list or array at `indent`, each followed by a comma: one per
 * line, or for an array of two or more numbers as many to a line as fit. `undefined` for an
 * empty list or a single number (not laid out here).
 */
function itemLines(
  items: readonly string[],
  indent: number,
  isArray: boolean,
): string[] | undefined {
  if (items.length === 0 || items[0] === "") return undefined;
  const numbers = isArray && items.every((item) => NUMBER.test(item));
  if (numbers && items.length === 1) return undefined;
  if (!numbers) return items.map((item) => `${pad(indent)}${item},`);
  const lines: string[] = [];
  let line = pad(indent) + items[0]!;
  for (const item of items.slice(1)) {
    // The comma that follows the item counts: prettier measures up to the next break point.
    if (`${line}, ${item},`.length <= PRINT_WIDTH) line += `, ${item}`;
    else {
      lines.push(`${line},`);
      line = pad(indent) + item;
    }
  }
  lines.push(`${line},`);
  return lines;
}
