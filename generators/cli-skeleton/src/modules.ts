// The TypeScript modules of the generated package:
//   src/descriptions/<cli-name>.ts  the operation's description, as data (text, preformatted)
//   src/operations/<Operation>.ts   one operation's entry point (`./operations/<Operation>`):
//                                   its surface alone, wired to the siblings' entry points of
//                                   the same operation, so importing it loads one operation
//                                   (text, preformatted)
//   src/index.ts                    the surface: the runtime wired to the sibling packages (ts-morph)
//   src/bin.ts                      the bin's entry point (ts-morph)
// Everything with logic lives in @shapekit/cli; these modules are data and wiring only.

import {
  StructureKind,
  VariableDeclarationKind,
  type FunctionDeclarationStructure,
  type ImportDeclarationStructure,
  type StatementStructures,
} from "ts-morph";
import {
  docComment,
  functionDeclaration,
  namedModuleStatement,
  typeScriptData,
  UnformattableDataError,
  type GeneratedFile,
} from "@shapekit/model";
import type { OperationDescriptionData } from "./operation-description.js";

/** What index.ts wires: each operation's module and its siblings' functions. */
export interface SurfaceFacts {
  readonly command: string;
  readonly operations: ReadonlyArray<{ readonly description: OperationDescriptionData; readonly constName: string; readonly inputShape?: string }>;
  /** npm name of the generated validators package, when it is generated too. */
  readonly validatorsPackage?: string;
  /** npm name of the generated shorthand package, when it is generated too. */
  readonly shorthandPackage?: string;
}

/** `create-endpoint-config` → `createEndpointConfig`. */
export function constName(cliName: string): string {
  return cliName.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** Where an operation's description module lives: `src/descriptions/<cli-name>.ts`. */
export function descriptionPath(cliName: string): string {
  return `src/descriptions/${cliName}.ts`;
}

/**
 * The description module, written as prettier prints it (it is most of the package's bytes);
 * `undefined` for data the printer cannot promise to lay out, which then goes through ts-morph
 * and prettier (`operationModule`).
 */
export function descriptionModuleText(banner: string, facts: { description: OperationDescriptionData; constName: string }): string | undefined {
  const head = `export const ${facts.constName}: CliOperationDescription = `;
  try {
    return (
      `// ${banner}\n` +
      namedModuleStatement("import type", ["CliOperationDescription"], "@shapekit/cli") +
      docComment(descriptionDoc(facts.description)) +
      `${head}${typeScriptData(facts.description, 0, head.length, 1)};\n`
    );
  } catch (e) {
    if (e instanceof UnformattableDataError) return undefined;
    throw e;
  }
}

function descriptionDoc(description: OperationDescriptionData): string {
  return `\`${description.name}\` (${description.operationName}) as the AWS CLI sees it: options, shapes and documentation.`;
}

export function operationModule(facts: { description: OperationDescriptionData; constName: string }): StatementStructures[] {
  return [
    { kind: StructureKind.ImportDeclaration, isTypeOnly: true, namedImports: ["CliOperationDescription"], moduleSpecifier: "@shapekit/cli" },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [descriptionDoc(facts.description)],
      declarations: [{ name: facts.constName, type: "CliOperationDescription", initializer: JSON.stringify(facts.description, null, 2) }],
    },
  ];
}

/** What one operation's entry point wires. */
export interface OperationEntryFacts {
  readonly banner: string;
  readonly command: string;
  readonly description: OperationDescriptionData;
  readonly constName: string;
  readonly hasInput: boolean;
  readonly validatorsPackage?: string;
  readonly shorthandPackage?: string;
}

/**
 * `src/operations/<Operation>.ts`: the functions of the package's root, bound to one operation
 * (no operation argument), over that operation's description and the siblings' entry points
 * of the same operation. Preformatted text.
 */
export function operationEntryModule(facts: OperationEntryFacts): GeneratedFile {
  const op = facts.description;
  const name = JSON.stringify(op.name);
  let text = `// ${facts.banner}\n`;
  text += namedModuleStatement(
    "import",
    [
      "createCommandSurface",
      "runCommand",
      "type CommandSurface",
      "type HelpOptions",
      "type OptionSpec",
      "type ParseCommandLineOptions",
      "type ParseCommandLineResult",
      "type RunCommandOptions",
      "type SkeletonKind",
    ],
    "@shapekit/cli",
  );
  const binding = [`      description: ${facts.constName},\n`];
  if (facts.shorthandPackage) {
    text += namedModuleStatement("import", ["parseArgument"], `${facts.shorthandPackage}/operations/${op.operationName}`);
    binding.push(`      parseArgument: (option, words, options) => parseArgument(option, words, options),\n`);
  }
  if (facts.validatorsPackage && facts.hasInput) {
    text += namedModuleStatement("import", ["validateInput"], `${facts.validatorsPackage}/operations/${op.operationName}`);
    binding.push(`      validate: (request) => validateInput(request),\n`);
  }
  text += namedModuleStatement("import", [facts.constName], `../descriptions/${op.name}.js`);
  text += docComment(`The CLI name of this entry point's operation (${op.operationName}).`);
  text += `export const operation = ${name};\n`;
  text += docComment(`The command surface of \`${op.name}\` alone; the package's root has every operation.`);
  text +=
    `export const surface: CommandSurface = createCommandSurface({\n` +
    `  command: ${JSON.stringify(facts.command)},\n` +
    `  operations: [\n    {\n${binding.join("")}    },\n  ],\n});\n`;
  text += docComment(`What \`${op.name} --generate-cli-skeleton <kind>\` prints, byte for byte as the AWS CLI.`);
  text += functionDeclaration("export function generateCliSkeleton", ["kind: SkeletonKind"], "string", ["return surface.generateCliSkeleton(operation, kind);"]);
  text += docComment(
    `Parses the words after \`${op.name}\` into the request and validates it; never throws. \`file://\` references are read only through \`options.files\`.`,
  );
  text += functionDeclaration(
    "export function parseCommandLine",
    ["argv: readonly string[]", "options?: ParseCommandLineOptions"],
    "ParseCommandLineResult",
    ["return surface.parseCommandLine(operation, argv, options);"],
  );
  text += docComment(`The help page of \`${op.name}\` (text, or \`{ format: "markdown" }\`).`);
  text += functionDeclaration("export function renderHelp", ["options?: HelpOptions"], "string", ["return surface.renderHelp(operation, options);"]);
  text += docComment(`Every option string \`${op.name}\` accepts.`);
  text += functionDeclaration("export function optionTable", [], "OptionSpec[]", ["return surface.optionTable(operation);"]);
  text += docComment(`The synopsis of the help page of \`${op.name}\`.`);
  text += functionDeclaration("export function synopsis", [], "string", ["return surface.synopsis(operation);"]);
  text += docComment(
    `Runs \`${op.name}\` with the words after it and resolves to the exit code; \`options.files\` reads \`file://\` references.`,
  );
  text += functionDeclaration(
    "export function run",
    ["argv: readonly string[]", "options?: RunCommandOptions"],
    "Promise<number>",
    ["return runCommand(surface, [operation, ...argv], options);"],
  );
  text += namedModuleStatement("export", [`${facts.constName} as description`]);
  return { path: `src/operations/${op.operationName}.ts`, contents: text, preformatted: true };
}

function exportedFunction(
  name: string,
  docs: string,
  parameters: Array<{ name: string; type: string; hasQuestionToken?: boolean }>,
  returnType: string,
  body: string,
): FunctionDeclarationStructure {
  return { kind: StructureKind.Function, isExported: true, name, docs: [docs], parameters, returnType, statements: [body] };
}

export function indexModule(facts: SurfaceFacts): StatementStructures[] {
  const imports: ImportDeclarationStructure[] = [
    {
      kind: StructureKind.ImportDeclaration,
      namedImports: [
        "createCommandSurface",
        "runCommand",
        "type CommandSurface",
        "type HelpOptions",
        "type OptionSpec",
        "type ParseCommandLineOptions",
        "type ParseCommandLineResult",
        "type RunCommandOptions",
        "type SkeletonKind",
      ],
      moduleSpecifier: "@shapekit/cli",
    },
  ];
  if (facts.shorthandPackage) imports.push({ kind: StructureKind.ImportDeclaration, namedImports: ["parseArgument"], moduleSpecifier: facts.shorthandPackage });
  if (facts.validatorsPackage) imports.push({ kind: StructureKind.ImportDeclaration, namedImports: ["validate"], moduleSpecifier: facts.validatorsPackage });
  for (const op of facts.operations) {
    imports.push({ kind: StructureKind.ImportDeclaration, namedImports: [op.constName], moduleSpecifier: `./descriptions/${op.description.name}.js` });
  }

  const bindings = facts.operations.map((op) => {
    const lines = [`description: ${op.constName},`];
    if (facts.shorthandPackage) lines.push(`parseArgument: (option, words, options) => parseArgument(${JSON.stringify(op.description.name)}, option, words, options),`);
    if (facts.validatorsPackage && op.inputShape) lines.push(`validate: (request) => validate(${JSON.stringify(op.inputShape)}, request),`);
    return `{\n${lines.join("\n")}\n}`;
  });

  const operationNames = facts.operations.map((op) => JSON.stringify(op.description.name)).join(" | ") || "never";
  return [
    ...imports,
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: "OperationName",
      type: operationNames,
      docs: ["The CLI names of the operations this package knows."],
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [
        "The command surface: every function below, for every operation. Pass it to `runCommand` with a `send` hook to build your own bin.",
      ],
      declarations: [
        {
          name: "surface",
          type: "CommandSurface",
          initializer: `createCommandSurface({\ncommand: ${JSON.stringify(facts.command)},\noperations: [${bindings.join(",\n")}],\n})`,
        },
      ],
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: ["The CLI names of the operations, in model order."],
      declarations: [{ name: "operations", type: "readonly string[]", initializer: "surface.operations" }],
    },
    exportedFunction(
      "generateCliSkeleton",
      "What `--generate-cli-skeleton <kind>` prints for the operation (`input` JSON, `yaml-input`, or `output`), byte for byte as the AWS CLI. Throws `UnknownOperationError` for an unknown operation.",
      [{ name: "operation", type: "OperationName" }, { name: "kind", type: "SkeletonKind" }],
      "string",
      "return surface.generateCliSkeleton(operation, kind);",
    ),
    exportedFunction(
      "parseCommandLine",
      "Parses the words after the operation name into the request the AWS CLI would build, then validates it (unless `{ validate: false }`). Never throws: `{ ok: false, errors, exitCode }` lists every problem with its option. `file://` references are read only through `options.files` (`localFiles()` for the disk).",
      [
        { name: "operation", type: "string" },
        { name: "argv", type: "readonly string[]" },
        { name: "options", type: "ParseCommandLineOptions", hasQuestionToken: true },
      ],
      "ParseCommandLineResult",
      "return surface.parseCommandLine(operation, argv, options);",
    ),
    exportedFunction(
      "renderHelp",
      "The operation's help page: `{ format: \"text\" }` (default) for a terminal, `{ format: \"markdown\" }` for a page.",
      [{ name: "operation", type: "OperationName" }, { name: "options", type: "HelpOptions", hasQuestionToken: true }],
      "string",
      "return surface.renderHelp(operation, options);",
    ),
    exportedFunction(
      "optionTable",
      "Every option string the operation accepts: its members' options, then `--cli-input-json`, `--cli-input-yaml` and `--generate-cli-skeleton`.",
      [{ name: "operation", type: "OperationName" }],
      "OptionSpec[]",
      "return surface.optionTable(operation);",
    ),
    exportedFunction(
      "synopsis",
      "The synopsis of the operation's help page.",
      [{ name: "operation", type: "OperationName" }],
      "string",
      "return surface.synopsis(operation);",
    ),
    exportedFunction(
      "run",
      "Runs a command line (the words after the bin's name) and resolves to its exit code; `options.send` makes `--send` call your client, `options.files` reads `file://` references.",
      [{ name: "argv", type: "readonly string[]" }, { name: "options", type: "RunCommandOptions", hasQuestionToken: true }],
      "Promise<number>",
      "return runCommand(surface, argv, options);",
    ),
    {
      kind: StructureKind.ExportDeclaration,
      namedExports: facts.operations.map((op) => op.constName),
    },
    {
      kind: StructureKind.ExportDeclaration,
      namedExports: ["EXIT_CODES", "UnknownOperationError", "localFiles"],
      moduleSpecifier: "@shapekit/cli",
    },
    {
      kind: StructureKind.ExportDeclaration,
      isTypeOnly: true,
      namedExports: ["CommandLineError", "CommandSurface", "FileSource", "HelpOptions", "OptionSpec", "ParseCommandLineOptions", "ParseCommandLineResult", "RequestSender", "RunCommandOptions", "SkeletonKind"],
      moduleSpecifier: "@shapekit/cli",
    },
  ];
}

export function binModule(): Array<StatementStructures | string> {
  return [
    { kind: StructureKind.ImportDeclaration, namedImports: ["localFiles", "run"], moduleSpecifier: "./index.js" },
    "// A terminal command reads file:// references as the AWS CLI does; the library reads none unless asked.",
    "process.exitCode = await run(process.argv.slice(2), { files: localFiles() });",
  ];
}
