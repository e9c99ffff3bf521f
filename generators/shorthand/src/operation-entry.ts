// `src/operations/<Operation>.ts`: one operation's entry point (`./operations/<Operation>`, the
// Smithy operation name as in the sibling packages). It carries its own command and the part of
// the shape table its options reach, so importing it loads one operation's data, not the whole
// service's. Written as prettier prints it and marked preformatted: at the size of a whole
// service these modules are most of the package, and prettier most of the generation time.

import {
  docComment,
  fileBaseName,
  jsonObjectLiteral,
  runtimeImport,
  functionDeclaration,
  typeScriptData,
  unionTypeAlias,
  UnformattableDataError,
  type GeneratedFile,
} from "@shapekit/model";
import type { CliCommand, CliShape, CliShapeTable } from "@shapekit/shorthand";
import { RUNTIME_PACKAGE } from "./package-files.js";
import { rt } from "./runtime-symbols.js";

/** The shapes of `table` the command's options reach, in the table's order. */
export function commandShapes(table: CliShapeTable, command: CliCommand): CliShapeTable {
  const reached = new Set<string>();
  const stack = command.options.map((o) => o.shape);
  while (stack.length > 0) {
    const key = stack.pop()!;
    if (reached.has(key) || !Object.hasOwn(table, key)) continue;
    reached.add(key);
    const shape: CliShape = table[key]!;
    if (shape.type === "structure") stack.push(...shape.members.map((m) => m.shape));
    else if (shape.type === "list") stack.push(shape.member);
    else if (shape.type === "map") stack.push(shape.key, shape.value);
  }
  const out: Record<string, CliShape> = Object.create(null) as Record<string, CliShape>;
  for (const key of Object.keys(table)) if (reached.has(key)) out[key] = table[key]!;
  return out;
}

/**
 * The entry module; left to prettier (not preformatted) in the rare case its data has a layout
 * `typeScriptData` does not reproduce.
 */
export function operationEntryModule(
  banner: string,
  table: CliShapeTable,
  command: CliCommand,
): GeneratedFile {
  const name = command.name;
  const shapeTable = commandShapes(table, command);
  let data: { command: string; shapes: string };
  let preformatted = true;
  try {
    data = {
      command: typeScriptData(command, 0, `export const command: ${rt.CliCommand} = `.length, 1),
      shapes: typeScriptData(
        shapeTable,
        0,
        `export const shapes: ${rt.CliShapeTable} = `.length,
        1,
      ),
    };
  } catch (e) {
    if (!(e instanceof UnformattableDataError)) throw e;
    data = { command: jsonObjectLiteral(command), shapes: jsonObjectLiteral(shapeTable) };
    preformatted = false;
  }
  let text = `// ${banner}\n`;
  text += runtimeImport(RUNTIME_PACKAGE, [
    "CliCommands",
    "type ArgumentResult",
    "type CliCommand",
    "type CliOption",
    "type CliShapeTable",
    "type ParseArgumentOptions",
    "type SyntaxHelp",
  ]);
  text += docComment(`The options of \`${name}\` (\`--no-…\` for booleans).`);
  text += unionTypeAlias(
    "export type OptionName",
    command.options.map((o) => JSON.stringify(o.name)),
  );
  text += docComment(
    `\`${name}\` (${command.operation}): each option with its input member, shape key and whether it is required.`,
  );
  text += `export const command: ${rt.CliCommand} = ${data.command};\n`;
  text += docComment(`The shapes the options of \`${name}\` reach, keyed by shape name.`);
  text += `export const shapes: ${rt.CliShapeTable} = ${data.shapes};\n`;
  text += `const cli = new ${rt.CliCommands}(shapes, [command]);\n`;
  text += docComment(
    `The value the AWS CLI builds from the words after \`option\` of \`${name}\`; never throws. \`file://\` values are read only through \`options.files\`.`,
  );
  text += functionDeclaration(
    "export function parseArgument",
    ["option: string", "words: readonly string[]", `options?: ${rt.ParseArgumentOptions}`],
    rt.ArgumentResult,
    ["return cli.parseArgument(command.name, option, words, options);"],
  );
  text += docComment(
    "The shortest words after `option` that make the AWS CLI build `value` again.",
  );
  text += functionDeclaration(
    "export function toArgument",
    ["option: string", "value: unknown"],
    `${rt.ArgumentResult}<string[]>`,
    ["return cli.toArgument(command.name, option, value);"],
  );
  text += docComment(
    `The "Shorthand Syntax", "JSON Syntax" and "Syntax" help texts of an option of \`${name}\`.`,
  );
  text += functionDeclaration(
    "export function syntaxHelp",
    ["option: string"],
    `${rt.SyntaxHelp} | undefined`,
    ["return cli.syntaxHelp(command.name, option);"],
  );
  text += docComment("The descriptor of an option (member, shape key, required), or `undefined`.");
  text += functionDeclaration(
    "export function findOption",
    ["option: string"],
    `${rt.CliOption} | undefined`,
    ["return cli.option(command.name, option);"],
  );
  return {
    path: `src/operations/${fileBaseName(command.operation)}.ts`,
    contents: text,
    preformatted,
  };
}
