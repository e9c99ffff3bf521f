// `src/operations/<Operation>.ts`: one operation's entry point (`./operations/<Operation>`, the
// Smithy operation name as in the sibling packages). It holds its own command and the part of
// the shape table its options reach, as compact lines (see the runtime's compact-tables.ts), so
// importing it loads and decodes one operation's data, not the whole service's: the package's
// `src/data.ts` would be smaller to share, but loading a module costs time by its size, and
// the entry point is the import that must stay fast. What it need not hold it names: its types
// are `../commands.js`'s (type-only), its functions the runtime's `operationArguments`.
// Written as prettier prints it: at the size of a whole service these modules are most of the
// package's files, and prettier most of the generation time.

import type { GeneratedFile } from "@shapekit/model";
import {
  compactText,
  encodeCliCommand,
  encodeCliShape,
  type CliCommand,
  type CliShape,
  type CliShapeTable,
} from "@shapekit/shorthand";
import { requestType, templateLiteral, typesImport, type ValueTyping } from "./emit-modules.js";
import { RUNTIME_PACKAGE } from "./package-files.js";
import {
  operationEntryName,
  PRINT_WIDTH,
  plainCallAssignment,
  type ModuleText,
  type ModuleWriter,
} from "@shapekit/generated-package";

/** The shapes of `table` the command's options reach, in the table's order. */
export function commandShapes(table: CliShapeTable, command: CliCommand): CliShapeTable {
  const reached = new Set<string>();
  const stack = command.options.map((o) => o.shape);
  while (stack.length > 0) {
    const key = stack.pop()!;
    if (reached.has(key) || !Object.hasOwn(table, key)) continue;
    reached.add(key);
    const shape: CliShape = table[key]!;
    if (shape.type === "structure") for (const m of shape.members) stack.push(m.shape);
    else if (shape.type === "list") stack.push(shape.member);
    else if (shape.type === "map") stack.push(shape.key, shape.value);
  }
  // In the table's order, found by position rather than by a walk of the whole table: a whole
  // service has ~3,000 shapes and each of its ~400 operations reaches a few dozen.
  const position = tablePositions(table, reached);
  const keys = [...reached].sort((a, b) => position.get(a)! - position.get(b)!);
  const out: Record<string, CliShape> = Object.create(null) as Record<string, CliShape>;
  for (const key of keys) out[key] = table[key]!;
  return out;
}

const positions = new WeakMap<CliShapeTable, Map<string, number>>();

/**
 * Each key's position in `table`'s own order, computed once per table (again if the table
 * gained a key since: `keys` must all have a position).
 */
function tablePositions(table: CliShapeTable, keys: ReadonlySet<string>): Map<string, number> {
  let position = positions.get(table);
  if (position === undefined || [...keys].some((key) => !position!.has(key))) {
    position = new Map(Object.keys(table).map((key, i) => [key, i]));
    positions.set(table, position);
  }
  return position;
}

/** A statement of ours, laid out as prettier does when it fits on one line (else prettier lays it out). */
function line(module: ModuleText, text: string): void {
  module.statement(text, { laidOut: text.length <= PRINT_WIDTH });
}

/**
 * `head = type;`: on one line when it fits, else broken after `=`, the type whole on the next
 * line (an indexed access or a qualified name has nowhere else to break); a longer generic type
 * is left to prettier.
 */
function typeAlias(module: ModuleText, head: string, type: string): void {
  const oneLine = `${head} = ${type};`;
  if (oneLine.length <= PRINT_WIDTH) module.statement(oneLine, { laidOut: true });
  else module.statement(`${head} =\n  ${type};`, { laidOut: !type.includes("<") });
}

/**
 * The entry module: the operation's types (named from `../commands.js`, type-only), its command
 * and shapes as compact lines, decoded at load, and the runtime's typed functions over them.
 */
export function operationEntryModule(
  writer: ModuleWriter,
  table: CliShapeTable,
  command: CliCommand,
  typing: ValueTyping,
): GeneratedFile {
  const reached = commandShapes(table, command);
  const commandLine = compactText([[command.name, encodeCliCommand(command)]]);
  const shapeLines = compactText(
    Object.keys(reached).map((key) => [key, encodeCliShape(key, reached[key]!)] as const),
  );
  const name = command.name;
  const key = JSON.stringify(name);
  const module = writer.module();
  const rt = module.runtime(RUNTIME_PACKAGE, [
    "cliCommand",
    "cliShapeTable",
    "operationArguments",
    ...(typing.typesPackage === undefined ? (["type ArgumentValue"] as const) : []),
    "type CliCommand",
    "type CliShapeTable",
    "type OperationArguments",
  ]);
  typesImport(module, typing);
  module.importNames(["CommandOptionMembers", "CommandOptions"], "../commands.js", {
    typeOnly: true,
  });
  // Documented in the runtime, as every entry point's.
  module.reexportNames(["RuntimeName"], RUNTIME_PACKAGE, { typeOnly: true });
  module.doc(`The options of \`${name}\` (\`--no-…\` for booleans).`);
  typeAlias(module, "export type OptionName", `CommandOptions[${key}]`);
  module.doc(`The input member each option of \`${name}\` sets.`);
  typeAlias(module, "export type OptionMembers", `CommandOptionMembers[${key}]`);
  module.doc(`The request \`${name}\` builds: its operation's input type.`);
  typeAlias(module, "export type Input", requestType(typing, name));
  module.doc(
    "The value option `O` builds: the type of the input member it sets. Its shape as the model types it; constraints are `validateInput`'s job.",
  );
  line(
    module,
    "export type OptionValue<O extends OptionName> = NonNullable<Input[OptionMembers[O]]>;",
  );
  module.doc("The value each option builds.");
  line(module, "type Values = { [O in OptionName]: OptionValue<O> };");
  module.doc(`\`${name}\`, one compact line (\`cliCommand\` reads it).`);
  // A template literal is printed as written: laid out whatever its length.
  module.statement(`const commandLine = ${templateLiteral(commandLine)};`, { laidOut: true });
  module.doc(`The shapes the options of \`${name}\` reach, one compact line each.`);
  module.statement(`const shapeLines = ${templateLiteral(shapeLines)};`, { laidOut: true });
  module.doc(
    `\`${name}\` (${command.operation}): each option with its input member, shape key and whether it is required.`,
  );
  const commandStatement = plainCallAssignment(
    `export const command: ${rt.CliCommand}`,
    rt.cliCommand,
    ["commandLine", key],
  );
  // A CLI name prettier would write with other quotes: left to it.
  module.statement(commandStatement.text, {
    laidOut: commandStatement.laidOut && /^"[\w.-]*"$/.test(key),
  });
  module.doc(`The shapes the options of \`${name}\` reach, keyed by shape name.`);
  line(module, `export const shapes: ${rt.CliShapeTable} = ${rt.cliShapeTable}(shapeLines);`);
  line(
    module,
    `const api: ${rt.OperationArguments}<OptionName, Values> = ${rt.operationArguments}(command, shapes);`,
  );
  // One declaration each, typed: declaration files are written from the source alone
  // (`isolatedDeclarations`), which cannot type names bound by destructuring.
  for (const fn of ["parseArgument", "toArgument", "syntaxHelp", "findOption"]) {
    module.doc(
      `The runtime's \`OperationArguments.${fn}\` for \`${name}\`: a misspelt literal option name does not compile.`,
    );
    line(module, `export const ${fn}: typeof api.${fn} = api.${fn};`);
  }
  return writer.file(`src/operations/${operationEntryName(command.operation)}.ts`, module);
}
