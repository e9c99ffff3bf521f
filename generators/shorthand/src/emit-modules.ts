// The TypeScript modules of the generated package:
//   src/shapes.ts    the CLI shape table (plain data)
//   src/commands.ts  the commands and their options (plain data), and their names as types
//   src/index.ts     parseArgument / toArgument / syntaxHelp / findOption over both, typed by
//                    those names, with a string overload for names only known at run time
// The logic is all in the runtime (`CliCommands`); the generated code is data and signatures.

import { jsonObjectLiteral } from "@shapekit/model";
import type { CliCommand, CliShapeTable } from "@shapekit/shorthand";
import { StructureKind, VariableDeclarationKind, type StatementStructures } from "ts-morph";
import { runtimeImportDeclaration } from "@shapekit/generated-package";
import { RUNTIME_PACKAGE } from "./package-files.js";
import { rt } from "./runtime-symbols.js";

export function shapesModule(table: CliShapeTable): StatementStructures[] {
  return [
    runtimeImportDeclaration(RUNTIME_PACKAGE, ["CliShapeTable"], { typeOnly: true }),
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [
        "Every shape the options reach, keyed by shape name: what the AWS CLI knows of the model.",
      ],
      declarations: [
        { name: "shapes", type: rt.CliShapeTable, initializer: jsonObjectLiteral(table) },
      ],
    },
  ];
}

export function commandsModule(commands: readonly CliCommand[]): StatementStructures[] {
  const optionNames = commands.map((c) => ({
    name: JSON.stringify(c.name),
    type: c.options.map((o) => JSON.stringify(o.name)).join(" | ") || "never",
  }));
  return [
    runtimeImportDeclaration(RUNTIME_PACKAGE, ["CliCommand"], { typeOnly: true }),
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
          initializer: jsonObjectLiteral(commands),
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

export function indexModule(): StatementStructures[] {
  const statements: StatementStructures[] = [
    runtimeImportDeclaration(RUNTIME_PACKAGE, [
      "CliCommands",
      "type ArgumentResult",
      "type CliOption",
      "type ParseArgumentOptions",
      "type SyntaxHelp",
    ]),
    {
      kind: StructureKind.ImportDeclaration,
      namedImports: ["commands", "type CommandName", "type OptionName"],
      moduleSpecifier: "./commands.js",
    },
    {
      kind: StructureKind.ImportDeclaration,
      namedImports: ["shapes"],
      moduleSpecifier: "./shapes.js",
    },
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      declarations: [{ name: "cli", initializer: `new ${rt.CliCommands}(shapes, commands)` }],
    },
  ];
  for (const fn of API) {
    const rest = fn.extraParams.map((p) => ({ ...p }));
    statements.push({
      kind: StructureKind.Function,
      isExported: true,
      name: fn.name,
      overloads: [
        {
          docs: [fn.docs],
          typeParameters: [{ name: "C", constraint: "CommandName" }],
          parameters: [
            { name: "command", type: "C" },
            { name: "option", type: "OptionName<C>" },
            ...rest,
          ],
          returnType: fn.returnType,
        },
        {
          docs: [`${fn.docs} (Names only known at run time: an unknown one is an error result.)`],
          parameters: [
            { name: "command", type: "string" },
            { name: "option", type: "string" },
            ...rest,
          ],
          returnType: fn.returnType,
        },
      ],
      parameters: [
        { name: "command", type: "string" },
        { name: "option", type: "string" },
        ...rest,
      ],
      returnType: fn.returnType,
      statements: [`return ${fn.call};`],
    });
  }
  statements.push(
    { kind: StructureKind.ExportDeclaration, namedExports: ["commands", "shapes"] },
    {
      kind: StructureKind.ExportDeclaration,
      isTypeOnly: true,
      namedExports: ["CommandName", "CommandOptions", "OptionName"],
      moduleSpecifier: "./commands.js",
    },
    {
      kind: StructureKind.ExportDeclaration,
      isTypeOnly: true,
      namedExports: ["ArgumentResult", "CliOption", "ParseArgumentOptions", "SyntaxHelp"],
      moduleSpecifier: RUNTIME_PACKAGE,
    },
  );
  return statements;
}
