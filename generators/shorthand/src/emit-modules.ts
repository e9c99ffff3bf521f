// The TypeScript modules of the generated package:
//   src/data.ts      the CLI shape table and the commands as compact lines (plain data)
//   src/shapes.ts    the CLI shape table, decoded from them
//   src/commands.ts  the commands and their options (decoded), their names as types, and
//                    each option's value type: its member of the operation's input type, read
//                    from the types package by a type-only import (nothing of it at run time)
//   src/index.ts     parseArgument / toArgument / syntaxHelp / findOption over both, typed by
//                    those names (parseArgument's value by the option), with an overload for
//                    names only known at run time that still rejects a misspelt literal name
// The logic is all in the runtime (`CliCommands`); the generated code is data and signatures.

import {
  compactText,
  encodeCliCommand,
  encodeCliShape,
  type CliCommand,
  type CliShapeTable,
} from "@shapekit/shorthand";
import { propertyKey } from "@shapekit/model";
import {
  docComment,
  functionDeclaration,
  functionOverload,
  PRINT_WIDTH,
  unionProperty,
  type DeclarationStructure,
  type ModuleText,
  StructureKind,
  VariableDeclarationKind,
} from "@shapekit/generated-package";
import { RUNTIME_PACKAGE } from "./package-files.js";
import { rt } from "./runtime-symbols.js";

/**
 * A template literal of a line break and `text`: its `\\`, `` ` `` and `${` escaped, and `\r`
 * (a template literal reads a raw carriage return as a line feed).
 */
export function templateLiteral(text: string): string {
  return "`\n" + text.replace(/\\|`|\$\{|\r/g, (m) => (m === "\r" ? "\\r" : "\\" + m)) + "`";
}

/**
 * `src/data.ts`: the shape table and the commands as compact texts (see the runtime's
 * compact-tables.ts), written once for the package: the root decodes them whole, an operation's
 * entry point only its command and the shapes it reaches.
 */
export function dataModule(
  module: ModuleText,
  table: CliShapeTable,
  commands: readonly CliCommand[],
): ModuleText {
  const shapeData = compactText(
    Object.keys(table).map((key) => [key, encodeCliShape(key, table[key]!)] as const),
  );
  const commandData = compactText(commands.map((c) => [c.name, encodeCliCommand(c)] as const));
  // Model text (enum values) is escaped: nothing in it can end the literal or interpolate.
  return module
    .doc(
      "Every shape the options reach, one `key line` line each (`cliShapeTable` reads them): what the AWS CLI knows of the model.",
    )
    .statement(`export const shapeData = ${templateLiteral(shapeData)};`, { laidOut: true })
    .doc(
      "The commands, one `name line` line each (`cliCommands` reads them): the operation, then each option with its input member, shape key and whether it is required.",
    )
    .statement(`export const commandData = ${templateLiteral(commandData)};`, { laidOut: true });
}

/** `src/shapes.ts`: the CLI shape table, decoded from `src/data.ts`. */
export function shapesModule(module: ModuleText): ModuleText {
  const r = module.runtime(RUNTIME_PACKAGE, ["cliShapeTable", "type CliShapeTable"]);
  module.importNames(["shapeData"], "./data.js");
  return module
    .doc("Every shape the options reach, keyed by shape name: what the AWS CLI knows of the model.")
    .statement(`export const shapes: ${r.CliShapeTable} = ${r.cliShapeTable}(shapeData);`, {
      laidOut: true,
    });
}

/**
 * Where option values get their types: the types package and, per command name, the name of
 * its operation's input type there (absent for an operation without input). Without a types
 * package every value is the runtime's loose `ArgumentValue`.
 */
export interface ValueTyping {
  readonly typesPackage: string | undefined;
  readonly inputTypes: ReadonlyMap<string, string | undefined>;
}

/** The namespace the types package is imported as; `__` keeps it clear of every shape name. */
const TYPES_NAMESPACE = "__types";

/** The type of command `command`'s request: the input type, or a loose record without one. */
export function requestType(typing: ValueTyping, command: string): string {
  const input = typing.inputTypes.get(command);
  if (typing.typesPackage === undefined) return `Record<string, ${rt.ArgumentValue}>`;
  return input === undefined ? "Record<string, never>" : `${TYPES_NAMESPACE}.${input}`;
}

/** `import type * as __types from "<types package>";`, or nothing without one. */
export function typesImport(module: ModuleText, typing: ValueTyping): void {
  if (typing.typesPackage !== undefined)
    module.importNamespace(TYPES_NAMESPACE, typing.typesPackage, { typeOnly: true });
}

/** Each option of `command` with the input member it sets, as an object type's properties. */
export function optionMembers(command: CliCommand): { name: string; type: string }[] {
  return command.options.map((o) => ({
    name: JSON.stringify(o.name),
    type: JSON.stringify(o.member),
  }));
}

/** Why a name known only at run time passes while a misspelt literal one does not compile. */
export const RUNTIME_NAME_DOC =
  "Accepts `string` itself (a name known only at run time) and rejects a string literal: a literal that is a known name matches the typed overload, so any other literal is a typo.";

/** `src/commands.ts`: the commands as data, their names and value types as types. */
export function commandsModule(
  module: ModuleText,
  commands: readonly CliCommand[],
  typing: ValueTyping,
): ModuleText {
  module.runtime(
    RUNTIME_PACKAGE,
    typing.typesPackage === undefined ? ["ArgumentValue", "CliCommand"] : ["CliCommand"],
    { typeOnly: true },
  );
  module.runtime(RUNTIME_PACKAGE, ["cliCommands"]);
  module.importNames(["commandData"], "./data.js");
  typesImport(module, typing);
  // Every declaration is written in prettier's layout (the three interfaces are a whole
  // service's largest text), so that prettier skips the module.
  // No commands: the declarations printed and left to prettier (no service has none).
  if (commands.length === 0) return module.declarations(commandsDeclarations(commands, typing));
  const first = commands[0]!.name;
  module.statement(
    `\n${laidOutInterface(
      "The options of each command, by CLI name.",
      "CommandOptions",
      commands.map((c) =>
        unionProperty(
          propertyKey(c.name),
          c.options.map((o) => JSON.stringify(o.name)),
        ),
      ),
    )}`,
    { laidOut: true },
  );
  module.statement(
    `\n${docComment(`A command of this package (\`${first}\`).`)}` +
      "export type CommandName = keyof CommandOptions;\n" +
      docComment("An option of command `C` (`--tags`, `--no-…` for booleans).") +
      "export type OptionName<C extends CommandName> = CommandOptions[C];\n",
    // A name prettier would not keep on the comment's one line is left to it.
    { laidOut: /^[\w.-]*$/.test(first) },
  );
  module.statement(
    `\n${laidOutInterface(
      "The input member each option of each command sets.",
      "CommandOptionMembers",
      commands.map((c) =>
        objectProperty(
          propertyKey(c.name),
          c.options.map((o) => [JSON.stringify(o.name), JSON.stringify(o.member)] as const),
        ),
      ),
    )}`,
    { laidOut: true },
  );
  module.statement(
    `\n${laidOutInterface(
      commandInputsDoc(typing),
      "CommandInputs",
      commands.map((c) => `  ${propertyKey(c.name)}: ${requestType(typing, c.name)};\n`),
    )}`,
    // A generic request type too long for its line would be broken by prettier: then it formats
    // them (`__types.Name` has nowhere to break).
    {
      laidOut: commands.every((c) => {
        const type = requestType(typing, c.name);
        return `  ${propertyKey(c.name)}: ${type};`.length <= PRINT_WIDTH || !type.includes("<");
      }),
    },
  );
  return module.statement(`\n${VALUE_TYPES}`, { laidOut: true });
}

/** `OptionValue`, `RuntimeName` and `commands`, after the interfaces: fixed text. */
const VALUE_TYPES =
  docComment(
    "The value option `O` of command `C` builds: the type of the input member it sets (`--no-…` too: a boolean). Its shape as the model types it; constraints are `validate`'s job.",
  ) +
  "export type OptionValue<\n" +
  "  C extends CommandName,\n" +
  "  O extends OptionName<C>,\n" +
  "> = O extends keyof CommandOptionMembers[C]\n" +
  "  ? CommandOptionMembers[C][O] extends infer M extends keyof CommandInputs[C]\n" +
  "    ? NonNullable<CommandInputs[C][M]>\n" +
  "    : never\n" +
  "  : never;\n" +
  docComment(RUNTIME_NAME_DOC) +
  "export type RuntimeName<S extends string> = string extends S ? unknown : never;\n" +
  docComment(
    "The commands, each option with its input member, shape key and whether it is required.",
  ) +
  `export const commands: readonly ${rt.CliCommand}[] = ${rt.cliCommands}(commandData);\n`;

/** `/** doc *\/` and `export interface Name {` … `}` around properties already laid out. */
function laidOutInterface(doc: string, name: string, properties: readonly string[]): string {
  return `/** ${doc} */\nexport interface ${name} {\n${properties.join("")}}\n`;
}

/** `key: { "a": "A"; "b": "B" };` in prettier's layout: one line when it fits, else one per line. */
function objectProperty(key: string, entries: ReadonlyArray<readonly [string, string]>): string {
  if (entries.length === 0) return `  ${key}: {};\n`;
  const oneLine = `  ${key}: { ${entries.map(([k, v]) => `${k}: ${v}`).join("; ")} };`;
  if (oneLine.length <= PRINT_WIDTH) return `${oneLine}\n`;
  return `  ${key}: {\n${entries.map(([k, v]) => `    ${k}: ${v};\n`).join("")}  };\n`;
}

function commandInputsDoc(typing: ValueTyping): string {
  return (
    "The request each command builds: its operation's input type" +
    (typing.typesPackage === undefined ? "." : ` (from \`${typing.typesPackage}\`).`)
  );
}

/** The declarations of `src/commands.ts` (the interfaces first, as the printer would write them). */
function commandsDeclarations(
  commands: readonly CliCommand[],
  typing: ValueTyping,
): DeclarationStructure[] {
  const optionNames = commands.map((c) => ({
    name: JSON.stringify(c.name),
    type: c.options.map((o) => JSON.stringify(o.name)).join(" | ") || "never",
  }));
  return [
    {
      kind: StructureKind.Interface,
      isExported: true,
      name: "CommandOptions",
      docs: ["The options of each command, by CLI name."],
      properties: optionNames,
    },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: "CommandName",
      docs: ["A command of this package (`" + (commands[0]?.name ?? "") + "`)."],
      type: "keyof CommandOptions",
    },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: "OptionName",
      typeParameters: [{ name: "C", constraint: "CommandName" }],
      docs: ["An option of command `C` (`--tags`, `--no-…` for booleans)."],
      type: "CommandOptions[C]",
    },
    {
      kind: StructureKind.Interface,
      isExported: true,
      name: "CommandOptionMembers",
      docs: ["The input member each option of each command sets."],
      properties: commands.map((c) => ({
        name: JSON.stringify(c.name),
        type: `{ ${optionMembers(c)
          .map((p) => `${p.name}: ${p.type};`)
          .join(" ")} }`,
      })),
    },
    {
      kind: StructureKind.Interface,
      isExported: true,
      name: "CommandInputs",
      docs: [commandInputsDoc(typing)],
      properties: commands.map((c) => ({
        name: JSON.stringify(c.name),
        type: requestType(typing, c.name),
      })),
    },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: "OptionValue",
      typeParameters: [
        { name: "C", constraint: "CommandName" },
        { name: "O", constraint: "OptionName<C>" },
      ],
      docs: [
        "The value option `O` of command `C` builds: the type of the input member it sets (`--no-…` too: a boolean). Its shape as the model types it; constraints are `validate`'s job.",
      ],
      type: "O extends keyof CommandOptionMembers[C] ? CommandOptionMembers[C][O] extends infer M extends keyof CommandInputs[C] ? NonNullable<CommandInputs[C][M]> : never : never",
    },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: "RuntimeName",
      typeParameters: [{ name: "S", constraint: "string" }],
      docs: [RUNTIME_NAME_DOC],
      type: "string extends S ? unknown : never",
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [
        "The commands, each option with its input member, shape key and whether it is required.",
      ],
      declarations: [
        {
          name: "commands",
          type: `readonly ${rt.CliCommand}[]`,
          initializer: `${rt.cliCommands}(commandData)`,
        },
      ],
    },
  ];
}

interface ApiFunction {
  readonly name: string;
  readonly docs: string;
  readonly extraParams: ReadonlyArray<{ name: string; type: string; hasQuestionToken?: boolean }>;
  readonly returnType: string;
  /** The typed overload's return type, when it says more than `returnType`. */
  readonly typedReturnType?: string;
  readonly call: string;
}

const API: readonly ApiFunction[] = [
  {
    name: "parseArgument",
    docs:
      "The value the AWS CLI builds from the words after `option` of `command`: JSON or shorthand, " +
      "numbers and booleans converted by the model. `file://` values are read only through `options.files` " +
      "(`localFiles()` for the disk); without it they are an error result. Never throws: an error result " +
      "carries an `ArgumentError` (its `cause` the `ShorthandSyntaxError`, with the offset, for syntax errors).",
    extraParams: [
      { name: "words", type: "readonly string[]" },
      { name: "options", type: rt.ParseArgumentOptions, hasQuestionToken: true },
    ],
    returnType: rt.ArgumentResult,
    typedReturnType: `${rt.ArgumentResult}<OptionValue<C, O>>`,
    call: "cli.parseArgument(command, option, words, options)",
  },
  {
    name: "toArgument",
    docs: "The shortest words after `option` that make the AWS CLI build `value` again (shorthand where it can, JSON otherwise).",
    extraParams: [{ name: "value", type: "unknown" }],
    returnType: `${rt.ArgumentResult}<string[]>`,
    call: "cli.toArgument(command, option, value)",
  },
  {
    name: "syntaxHelp",
    docs: 'The option\'s "Shorthand Syntax", "JSON Syntax" and "Syntax" help texts, as the AWS CLI prints them; `undefined` for an unknown option.',
    extraParams: [],
    returnType: `${rt.SyntaxHelp} | undefined`,
    call: "cli.syntaxHelp(command, option)",
  },
  {
    name: "findOption",
    docs: "The descriptor of an option (member, shape key, required), or `undefined`.",
    extraParams: [],
    returnType: `${rt.CliOption} | undefined`,
    call: "cli.option(command, option)",
  },
];

/** `src/index.ts`: the typed API over the runtime's `CliCommands`. */
export function indexModule(module: ModuleText): ModuleText {
  module.runtime(RUNTIME_PACKAGE, [
    "CliCommands",
    "type ArgumentResult",
    "type CliOption",
    "type ParseArgumentOptions",
    "type SyntaxHelp",
  ]);
  module.importNames(
    ["commands", "type CommandName", "type OptionName", "type OptionValue", "type RuntimeName"],
    "./commands.js",
  );
  module.importNames(["shapes"], "./shapes.js");
  module.reexportNames(
    [
      "CommandInputs",
      "CommandName",
      "CommandOptionMembers",
      "CommandOptions",
      "OptionName",
      "OptionValue",
    ],
    "./commands.js",
    { typeOnly: true },
  );
  module.reexportNames(
    ["ArgumentResult", "ArgumentValue", "CliOption", "ParseArgumentOptions", "SyntaxHelp"],
    RUNTIME_PACKAGE,
    { typeOnly: true },
  );
  module.statement(`\nconst cli = new ${rt.CliCommands}(shapes, commands);`, { laidOut: true });
  for (const fn of API) module.statement(`\n${apiFunction(fn)}`, { laidOut: true });
  return module.exportNames(["commands", "shapes"]);
}

/**
 * A function of the API: its typed overload, its overload for names known only at run time,
 * and its implementation, in prettier's layout (fixed text: no model name is in it).
 */
function apiFunction(fn: ApiFunction): string {
  const rest = fn.extraParams.map((p) => `${p.name}${p.hasQuestionToken ? "?" : ""}: ${p.type}`);
  return (
    docComment(fn.docs) +
    functionOverload(
      `export function ${fn.name}<C extends CommandName, O extends OptionName<C>>`,
      ["command: C", "option: O", ...rest],
      fn.typedReturnType ?? fn.returnType,
    ) +
    docComment(
      `${fn.docs} (Names only known at run time, typed \`string\`: an unknown one is an error result. A misspelt literal name does not compile.)`,
    ) +
    functionOverload(
      `export function ${fn.name}<C extends string, O extends string>`,
      [
        "command: C & (C extends CommandName ? unknown : RuntimeName<C>)",
        "option: O & RuntimeName<O>",
        ...rest,
      ],
      fn.returnType,
    ) +
    functionDeclaration(
      `export function ${fn.name}`,
      ["command: string", "option: string", ...rest],
      fn.returnType,
      [`return ${fn.call};`],
    )
  );
}
