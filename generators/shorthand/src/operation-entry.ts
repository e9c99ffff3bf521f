// `src/operations/<Operation>.ts`: one operation's entry point (`./operations/<Operation>`, the
// Smithy operation name as in the sibling packages). It carries its own command and the part of
// the shape table its options reach, so importing it loads one operation's data, not the whole
// service's. Written as prettier prints it and marked preformatted: at the size of a whole
// service these modules are most of the package, and prettier most of the generation time.

import { fileBaseName, type GeneratedFile } from "@shapekit/model";
import type { CliCommand, CliShape, CliShapeTable } from "@shapekit/shorthand";
import { RUNTIME_NAME_DOC, requestType, typesImport, type ValueTyping } from "./emit-modules.js";
import { RUNTIME_PACKAGE } from "./package-files.js";
import {
  jsonObjectLiteral,
  typeScriptData,
  UnformattableDataError,
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
  writer: ModuleWriter,
  table: CliShapeTable,
  command: CliCommand,
  typing: ValueTyping,
): GeneratedFile {
  const name = command.name;
  const shapeTable = commandShapes(table, command);
  const module = writer.module();
  const rt = module.runtime(RUNTIME_PACKAGE, [
    "CliCommands",
    "type ArgumentResult",
    ...(typing.typesPackage === undefined ? (["type ArgumentValue"] as const) : []),
    "type CliCommand",
    "type CliOption",
    "type CliShapeTable",
    "type ParseArgumentOptions",
    "type SyntaxHelp",
  ]);
  const commandHead = `export const command: ${rt.CliCommand} = `;
  const shapesHead = `export const shapes: ${rt.CliShapeTable} = `;
  let data: { command: string; shapes: string };
  let laidOut = true;
  try {
    data = {
      command: typeScriptData(command, 0, commandHead.length, 1),
      shapes: typeScriptData(shapeTable, 0, shapesHead.length, 1),
    };
  } catch (e) {
    if (!(e instanceof UnformattableDataError)) throw e;
    data = { command: jsonObjectLiteral(command), shapes: jsonObjectLiteral(shapeTable) };
    laidOut = false;
  }
  typesImport(module, typing);
  module
    .doc(`The options of \`${name}\` (\`--no-…\` for booleans).`)
    .unionTypeAlias(
      "export type OptionName",
      command.options.map((o) => JSON.stringify(o.name)),
    )
    .doc(`The input member each option of \`${name}\` sets.`)
    .literalInterface(
      "export interface OptionMembers",
      command.options.map((o) => [o.name, o.member] as const),
    )
    .doc(`The request \`${name}\` builds: its operation's input type.`)
    .statement(`export type Input = ${requestType(typing, name)};`, { laidOut: true })
    .doc(
      "The value option `O` builds: the type of the input member it sets. Its shape as the model types it; constraints are `validateInput`'s job.",
    )
    .statement(
      "export type OptionValue<O extends OptionName> = NonNullable<Input[OptionMembers[O]]>;",
      { laidOut: true },
    )
    .doc(RUNTIME_NAME_DOC)
    .statement("export type RuntimeName<S extends string> = string extends S ? unknown : never;", {
      laidOut: true,
    })
    .doc(
      `\`${name}\` (${command.operation}): each option with its input member, shape key and whether it is required.`,
    )
    .statement(`${commandHead}${data.command};`, { laidOut })
    .doc(`The shapes the options of \`${name}\` reach, keyed by shape name.`)
    .statement(`${shapesHead}${data.shapes};`, { laidOut })
    .statement(`const cli = new ${rt.CliCommands}(shapes, [command]);`, { laidOut: true });
  const runtimeNote =
    " (A name known only at run time, typed `string`: an unknown one is an error result.)";
  const fns: ReadonlyArray<{
    name: string;
    doc: string;
    params: readonly string[];
    returnType: string;
    typedReturnType: string;
    call: string;
  }> = [
    {
      name: "parseArgument",
      doc: `The value the AWS CLI builds from the words after \`option\` of \`${name}\`; never throws. \`file://\` values are read only through \`options.files\`.`,
      params: ["words: readonly string[]", `options?: ${rt.ParseArgumentOptions}`],
      returnType: rt.ArgumentResult,
      typedReturnType: `${rt.ArgumentResult}<OptionValue<O>>`,
      call: "cli.parseArgument(command.name, option, words, options)",
    },
    {
      name: "toArgument",
      doc: "The shortest words after `option` that make the AWS CLI build `value` again.",
      params: ["value: unknown"],
      returnType: `${rt.ArgumentResult}<string[]>`,
      typedReturnType: `${rt.ArgumentResult}<string[]>`,
      call: "cli.toArgument(command.name, option, value)",
    },
    {
      name: "syntaxHelp",
      doc: `The "Shorthand Syntax", "JSON Syntax" and "Syntax" help texts of an option of \`${name}\`.`,
      params: [],
      returnType: `${rt.SyntaxHelp} | undefined`,
      typedReturnType: `${rt.SyntaxHelp} | undefined`,
      call: "cli.syntaxHelp(command.name, option)",
    },
    {
      name: "findOption",
      doc: "The descriptor of an option (member, shape key, required), or `undefined`.",
      params: [],
      returnType: `${rt.CliOption} | undefined`,
      typedReturnType: `${rt.CliOption} | undefined`,
      call: "cli.option(command.name, option)",
    },
  ];
  for (const fn of fns) {
    module
      .doc(fn.doc)
      .functionOverload(
        `export function ${fn.name}<O extends OptionName>`,
        ["option: O", ...fn.params],
        fn.typedReturnType,
      )
      .doc(fn.doc + runtimeNote)
      .functionOverload(
        `export function ${fn.name}<O extends string>`,
        ["option: O & RuntimeName<O>", ...fn.params],
        fn.returnType,
      )
      .functionDeclaration(
        `export function ${fn.name}`,
        ["option: string", ...fn.params],
        fn.returnType,
        [`return ${fn.call};`],
      );
  }
  return writer.file(`src/operations/${fileBaseName(command.operation)}.ts`, module);
}
