// The TypeScript modules of the generated package:
//   src/descriptions/<cli-name>.ts  the operation's description: its own part as data, put
//                                   together with the shape sets it shares (text, preformatted)
//   src/shapes/<Shape>.ts           a shape set several operations share, as data (written
//                                   once per package; named after its first shape)
//   src/operations/<Operation>.ts   one operation's entry point (`./operations/<Operation>`):
//                                   its surface alone, wired to the siblings' entry points of
//                                   the same operation, so importing it loads one operation
//                                   (text, preformatted)
//   src/index.ts                    the surface: the runtime wired to the sibling packages
//                                   (declarations as ts-morph structures)
//   src/lazy-root.ts                the same surface for Node.js, loading an operation's
//                                   entry point when the operation is first used
//   src/bin.ts                      the bin's entry point
// Everything with logic lives in @shapekit/cli; these modules are data and wiring only.

import { camelCaseName, fileBaseName, runtimeName, type GeneratedFile } from "@shapekit/model";
import {
  jsonObjectLiteral,
  typeScriptData,
  UnformattableDataError,
  code,
  LAZY_LOAD,
  lazyModuleList,
  operationEntryName,
  plainCallAssignment,
  docComment,
  functionDeclaration,
  type ModuleText,
  type ModuleWriter,
  StructureKind,
  VariableDeclarationKind,
} from "@shapekit/generated-package";
import type { OperationDescriptionData, WaiterData } from "./operation-description.js";
import type { OwnDescriptionData, SharedShapeSet } from "./shape-sets.js";
import {
  descriptionConstant,
  documentedFunction,
  documentedOverload,
  eagerSurface,
  lazySurface,
  operationInputsInterface,
  operationNameType,
  type SurfaceExtras,
} from "./surface-layout.js";

/** What index.ts wires: each operation's module and its siblings' functions. */
export interface SurfaceFacts {
  readonly command: string;
  readonly operations: ReadonlyArray<{
    readonly description: OperationDescriptionData;
    readonly constName: string;
    readonly inputShape?: string;
    /** The operation input's name in the types package (set only when that is generated). */
    readonly inputType?: string;
  }>;
  /** npm name of the generated validators package, when it is generated too. */
  readonly validatorsPackage?: string;
  /** npm name of the generated shorthand package, when it is generated too. */
  readonly shorthandPackage?: string;
  /** npm name of the generated types package: requests are typed with it (type-only). */
  readonly typesPackage?: string;
  /** Whether the package has waiters (`src/waiters.ts`), the `wait` commands of the surface. */
  readonly hasWaiters?: boolean;
  /** Hidden extra command names of the operations (alias → CLI name), as the AWS CLI has them. */
  readonly commandAliases?: Readonly<Record<string, string>>;
}

/** The namespace the types package is imported as; `__` keeps it clear of every other name. */
const TYPES_NAMESPACE = "__types";

/**
 * The type of an operation's request: its input type when the types package has one, a record
 * with no members for an operation without input, a loose record without a types package.
 */
function requestType(
  inputType: string | undefined,
  hasInput: boolean,
  typesPackage?: string,
): string {
  if (typesPackage === undefined) return "Record<string, unknown>";
  if (inputType !== undefined) return `${TYPES_NAMESPACE}.${inputType}`;
  return hasInput ? "Record<string, unknown>" : "Record<string, never>";
}

/** The type of a name known only at run time: `string` itself passes, any literal does not. */
const RUNTIME_NAME = (p: string) => `${p} & (string extends ${p} ? unknown : never)`;

/** `@shapekit/cli` exports as the modules refer to them (the import aliases). */
const rt = {
  CliOperationDescription: runtimeName("CliOperationDescription"),
  CommandSurface: runtimeName("CommandSurface"),
  createCommandSurface: runtimeName("createCommandSurface"),
  describeOperation: runtimeName("describeOperation"),
  HelpOptions: runtimeName("HelpOptions"),
  OptionSpec: runtimeName("OptionSpec"),
  ParseCommandLineOptions: runtimeName("ParseCommandLineOptions"),
  ParseCommandLineResult: runtimeName("ParseCommandLineResult"),
  RunCommandOptions: runtimeName("RunCommandOptions"),
  runCommand: runtimeName("runCommand"),
  SkeletonKind: runtimeName("SkeletonKind"),
} as const;

/** What the entry modules import from `@shapekit/cli`. */
const SURFACE_IMPORTS = [
  "createCommandSurface",
  "describeOperation",
  "type CliOperationDescription",
  "runCommand",
  "type CommandSurface",
  "type HelpOptions",
  "type OptionSpec",
  "type ParseCommandLineOptions",
  "type ParseCommandLineResult",
  "type RunCommandOptions",
  "type SkeletonKind",
];

/**
 * Names the index and entry modules declare, export or import from the sibling packages: a
 * description constant must be none of them (an operation `Run` would otherwise import `run`
 * beside the `run` function, and `Default` would import `default`).
 */
// prettier-ignore
const MODULE_NAMES: ReadonlySet<string> = new Set([
  "OperationName", "surface", "operations", "operation", "generateCliSkeleton", "parseCommandLine",
  "renderHelp", "optionTable", "synopsis", "run", "description", "parseArgument", "validate",
  "validateInput", "EXIT_CODES", "UnknownOperationError", "CommandLineError", "CommandSurface",
  "HelpOptions", "OptionSpec", "ParseCommandLineOptions", "ParseCommandLineResult", "RequestSender",
  "RunCommandOptions", "SkeletonKind", "OperationInputs", "Input",
]);

/** `create-endpoint-config` → `createEndpointConfig`, through the symbol provider. */
export function constName(cliName: string): string {
  return camelCaseName(cliName);
}

/**
 * The description constant of each operation, by CLI name: `constName`, made a safe name
 * (reserved words and a leading `__` escaped as the symbol provider does), clear of the
 * modules' own names and unique (`_` appended until it is).
 */
export function constNames(cliNames: readonly string[]): string[] {
  const taken = new Set(MODULE_NAMES);
  return cliNames.map((cliName) => {
    let name = constName(cliName);
    while (taken.has(name)) name = `${name}_`;
    taken.add(name);
    return name;
  });
}

/** Where an operation's description module lives: `src/descriptions/<cli-name>.ts`. */
export function descriptionPath(cliName: string): string {
  return `src/descriptions/${fileBaseName(cliName)}.ts`;
}

/** An operation's entry point, `./operations/<Operation>` in every generated package. */
function operationEntrySpecifier(operationName: string): string {
  return `operations/${operationEntryName(operationName)}`;
}

/** Where a shared shape set lives: `src/shapes/<file>.ts`. */
export function shapeSetPath(file: string): string {
  return `src/shapes/${file}.ts`;
}

const PRINT_WIDTH = 100;

/**
 * Writes `head` + `value` as prettier prints it, or (data the layout helper cannot promise to
 * lay out) as a structure that prettier formats afterwards.
 */
function dataStatement(
  module: ModuleText,
  doc: string,
  declaration: { exported: boolean; name: string; type: string },
  value: unknown,
): void {
  const head = `${declaration.exported ? "export " : ""}const ${declaration.name}: ${declaration.type} = `;
  let literal: string;
  try {
    // What `ModuleText.data` writes; laid out first, so that the doc comment is written once.
    literal = typeScriptData(value, 0, head.length, 1);
  } catch (e) {
    if (!(e instanceof UnformattableDataError)) throw e;
    module.declarations([
      {
        kind: StructureKind.VariableStatement,
        isExported: declaration.exported,
        declarationKind: VariableDeclarationKind.Const,
        docs: [doc],
        declarations: [
          { name: declaration.name, type: declaration.type, initializer: jsonObjectLiteral(value) },
        ],
      },
    ]);
    return;
  }
  module.doc(doc).statement(`${head}${literal};\n`, { laidOut: true });
}

/** Where the waiters are: `src/waiters.ts`, imported by both roots as `./waiters.js`. */
export const WAITERS_PATH = "src/waiters.ts";

/**
 * `src/waiters.ts`: the service's waiters (data), each polling one of the package's operations:
 * the surface's `wait` commands.
 */
export function waitersModule(writer: ModuleWriter, waiters: readonly WaiterData[]): GeneratedFile {
  const module = writer.module();
  const cli = module.runtime("@shapekit/cli", ["CliWaiter"], { typeOnly: true });
  dataStatement(
    module,
    "The service's waiters: `wait <name>` calls `operation` every `delay` seconds, `maxAttempts` times at most, until an acceptor decides.",
    { exported: true, name: "waiters", type: `readonly ${cli.CliWaiter}[]` },
    waiters,
  );
  return writer.file(WAITERS_PATH, module);
}

/**
 * `src/shapes/<file>.ts`: shapes several operations reach, with their documentation and
 * constraints, written once for all of them (data).
 */
export function shapeSetModule(writer: ModuleWriter, set: SharedShapeSet): GeneratedFile {
  const module = writer.module();
  const cli = module.runtime("@shapekit/cli", ["CliShapeSet"], { typeOnly: true });
  const shown = set.operations.slice(0, 3).map((name) => `\`${name}\``);
  const more = set.operations.length - shown.length;
  const doc =
    `Shapes that ${set.operations.length} operations reach (${shown.join(", ")}` +
    `${more > 0 ? ` and ${more} more` : ""}), written once for all of them.`;
  dataStatement(module, doc, { exported: true, name: "shapes", type: cli.CliShapeSet }, set.data);
  return writer.file(shapeSetPath(set.file), module);
}

/**
 * `src/descriptions/<cli-name>.ts`: the operation's description, put together when the module
 * loads from its own part (written here, as data) and the shared shape sets it reaches.
 */
export function descriptionModule(
  writer: ModuleWriter,
  facts: {
    description: OperationDescriptionData;
    constName: string;
    own: OwnDescriptionData;
    shared: readonly SharedShapeSet[];
  },
): GeneratedFile {
  const path = descriptionPath(facts.description.name);
  const module = writer.module();
  // Types only: the module is data, loaded without resolving the runtime (the root loads
  // every operation's); the modules that use a description put it together.
  const cli = module.runtime(
    "@shapekit/cli",
    ["CliOperationDescriptionData", "CliOperationParts"],
    { typeOnly: true },
  );
  const aliases = facts.shared.map((set, i) => {
    const alias = `__shapes${i + 1}`;
    module.importNames([`shapes as ${alias}`], `../shapes/${set.file}.js`);
    return alias;
  });
  dataStatement(
    module,
    `What only \`${facts.description.name}\` reaches of the package's shapes, with its names and options.`,
    { exported: false, name: "own", type: cli.CliOperationDescriptionData },
    facts.own,
  );
  const head = `export const parts: ${cli.CliOperationParts} = [`;
  const items = ["own", ...aliases];
  const flat = `${head}${items.join(", ")}];\n`;
  module
    .doc(descriptionDoc(facts.description))
    .statement(
      flat.length <= PRINT_WIDTH + 1
        ? flat
        : `${head}\n${items.map((a) => `  ${a},\n`).join("")}];\n`,
      { laidOut: true },
    );
  return writer.file(path, module);
}

function descriptionDoc(description: OperationDescriptionData): string {
  return `\`${description.name}\` (${description.operationName}) as the AWS CLI sees it: options, shapes and documentation, in parts (\`describeOperation\` puts them together).`;
}

/** What one operation's entry point wires. */
export interface OperationEntryFacts {
  readonly writer: ModuleWriter;
  readonly command: string;
  readonly description: OperationDescriptionData;
  readonly constName: string;
  readonly hasInput: boolean;
  readonly inputType?: string;
  readonly validatorsPackage?: string;
  readonly shorthandPackage?: string;
  readonly typesPackage?: string;
}

/**
 * `src/operations/<Operation>.ts`: the functions of the package's root, bound to one operation
 * (no operation argument), over that operation's description and the siblings' entry points
 * of the same operation. Preformatted text.
 */
export function operationEntryModule(facts: OperationEntryFacts): GeneratedFile {
  const op = facts.description;
  const name = JSON.stringify(op.name);
  const module = facts.writer.module();
  const rt = module.runtime("@shapekit/cli", SURFACE_IMPORTS);
  const binding = [`      description,\n`];
  if (facts.shorthandPackage) {
    module.importNames(
      ["parseArgument"],
      `${facts.shorthandPackage}/${operationEntrySpecifier(op.operationName)}`,
    );
    binding.push(
      `      parseArgument: (option, words, options) => parseArgument(option, words, options),\n`,
    );
  }
  if (facts.validatorsPackage && facts.hasInput) {
    module.importNames(
      ["validateInput"],
      `${facts.validatorsPackage}/${operationEntrySpecifier(op.operationName)}`,
    );
    binding.push(`      validate: (request) => validateInput(request),\n`);
  }
  module.importNames(["parts"], `../descriptions/${fileBaseName(op.name)}.js`);
  if (facts.typesPackage !== undefined)
    module.importNamespace(TYPES_NAMESPACE, facts.typesPackage, { typeOnly: true });
  module
    .doc(`The CLI name of this entry point's operation (${op.operationName}).`)
    .statement(`export const operation = ${name};`, { laidOut: true })
    .doc(`The request \`${op.name}\` builds: its operation's input type.`)
    .statement(
      `export type Input = ${requestType(facts.inputType, facts.hasInput, facts.typesPackage)};`,
      { laidOut: true },
    )
    .doc(
      `\`${op.name}\` (${op.operationName}) as the AWS CLI sees it: options, shapes and documentation.`,
    )
    .statement(
      `export const description: ${rt.CliOperationDescription} = ${rt.describeOperation}(parts);`,
      { laidOut: true },
    )
    .doc(`The command surface of \`${op.name}\` alone; the package's root has every operation.`)
    .statement(
      `export const surface: ${rt.CommandSurface} = ${rt.createCommandSurface}({\n` +
        `  command: ${JSON.stringify(facts.command)},\n` +
        `  operations: [\n    {\n${binding.join("")}    },\n  ],\n});\n`,
      { laidOut: true },
    )
    .doc(`What \`${op.name} --generate-cli-skeleton <kind>\` prints, byte for byte as the AWS CLI.`)
    .functionDeclaration(
      "export function generateCliSkeleton",
      [`kind: ${rt.SkeletonKind}`],
      "string",
      ["return surface.generateCliSkeleton(operation, kind);"],
    )
    .doc(
      `Parses the words after \`${op.name}\` into the request and validates it; never throws. \`file://\` references are read only through \`options.files\`.`,
    )
    .functionDeclaration(
      "export function parseCommandLine",
      ["argv: readonly string[]", `options?: ${rt.ParseCommandLineOptions}`],
      `${rt.ParseCommandLineResult}<Input>`,
      [
        "// The surface validates with this operation's input validator: a success is an Input.",
        `return surface.parseCommandLine(operation, argv, options) as ${rt.ParseCommandLineResult}<Input>;`,
      ],
    )
    .doc(`The help page of \`${op.name}\` (text, or \`{ format: "markdown" }\`).`)
    .functionDeclaration("export function renderHelp", [`options?: ${rt.HelpOptions}`], "string", [
      "return surface.renderHelp(operation, options);",
    ])
    .doc(`Every option string \`${op.name}\` accepts.`)
    .functionDeclaration("export function optionTable", [], `${rt.OptionSpec}[]`, [
      "return surface.optionTable(operation);",
    ])
    .doc(`The synopsis of the help page of \`${op.name}\`.`)
    .functionDeclaration("export function synopsis", [], "string", [
      "return surface.synopsis(operation);",
    ])
    .doc(
      `Runs \`${op.name}\` with the words after it and resolves to the exit code; \`options.files\` reads \`file://\` references.`,
    )
    .functionDeclaration(
      "export function run",
      ["argv: readonly string[]", `options?: ${rt.RunCommandOptions}`],
      "Promise<number>",
      [
        "// Anything but a list is left for runCommand to refuse (spread, a string would be letters).",
        `return ${rt.runCommand}(surface, Array.isArray(argv) ? [operation, ...argv] : argv, options);`,
      ],
    );
  return facts.writer.file(`src/${operationEntrySpecifier(op.operationName)}.ts`, module);
}

const PARSE_COMMAND_LINE_DOC =
  "Parses the words after the operation name into the request the AWS CLI would build, then validates it (unless `{ validate: false }`). Never throws: `{ ok: false, errors, exitCode }` lists every problem with its option. `file://` references are read only through `options.files` (`localFiles()` for the disk).";

/**
 * `parseCommandLine`: for a known operation name its request has the operation's input type;
 * a name known only at run time (`string`) gets the loose result, and a misspelt literal does
 * not compile.
 */
function parseCommandLineFunction(): string {
  const rest = ["argv: readonly string[]", `options?: ${rt.ParseCommandLineOptions}`];
  return (
    `\n${documentedOverload(
      PARSE_COMMAND_LINE_DOC,
      "export function parseCommandLine<O extends OperationName>",
      ["operation: O", ...rest],
      `${rt.ParseCommandLineResult}<OperationInputs[O]>`,
    )}` +
    documentedOverload(
      `${PARSE_COMMAND_LINE_DOC} (An operation name known only at run time, typed \`string\`: the request is a plain record. A misspelt literal name does not compile.)`,
      "export function parseCommandLine<O extends string>",
      [`operation: ${RUNTIME_NAME("O")}`, ...rest],
      rt.ParseCommandLineResult,
    ) +
    functionDeclaration(
      "export function parseCommandLine",
      ["operation: string", ...rest],
      `${rt.ParseCommandLineResult}<OperationInputs[OperationName]> | ${rt.ParseCommandLineResult}`,
      ["return surface.parseCommandLine(operation, argv, options);"],
    )
  );
}

/** What both roots re-export from `@shapekit/cli`. */
function runtimeReexports(module: ModuleText): void {
  module.reexportNames(["EXIT_CODES", "UnknownOperationError", "localFiles"], "@shapekit/cli");
  module.reexportNames(
    [
      "CommandLineError",
      "CommandSurface",
      "FileSource",
      "HelpOptions",
      "OptionSpec",
      "ParseCommandLineOptions",
      "ParseCommandLineResult",
      "RequestSender",
      "RunCommandOptions",
      "SkeletonKind",
    ],
    "@shapekit/cli",
    { typeOnly: true },
  );
}

/** `src/index.ts`: the command surface of every operation, wired to the sibling packages. */
export function indexModule(module: ModuleText, facts: SurfaceFacts): ModuleText {
  const cli = module.runtime("@shapekit/cli", SURFACE_IMPORTS);
  if (facts.shorthandPackage) module.importNames(["parseArgument"], facts.shorthandPackage);
  if (facts.validatorsPackage) module.importNames(["validate"], facts.validatorsPackage);
  if (facts.typesPackage)
    module.importNamespace(TYPES_NAMESPACE, facts.typesPackage, { typeOnly: true });
  // The parts under `$<n>`: `$` is in no name the symbol provider makes.
  facts.operations.forEach((op, i) =>
    module.importNames(
      [`parts as $${i + 1}`],
      `./descriptions/${fileBaseName(op.description.name)}.js`,
    ),
  );
  if (facts.hasWaiters) module.importNames(["waiters"], "./waiters.js");
  runtimeReexports(module);

  if (facts.operations.length > 0)
    module.statement(
      "// Each operation's description, put together from its parts (their shapes when first read).",
      { laidOut: true },
    );
  facts.operations.forEach((op, i) => {
    // Typed: declaration files are written from the source alone (`isolatedDeclarations`).
    const statement = descriptionConstant(
      `const ${op.constName}: ${cli.CliOperationDescription}`,
      rt.describeOperation,
      `$${i + 1}`,
    );
    module.statement(statement.text, { laidOut: statement.laidOut });
  });
  const names = operationNameType(
    "The CLI names of the operations this package knows.",
    facts.operations.map((op) => op.description.name),
  );
  const inputs = operationInputsInterface(
    "The request each operation builds, by CLI name: its input type" +
      (facts.typesPackage ? ` (from \`${facts.typesPackage}\`).` : "."),
    facts.operations.map((op) => ({
      cliName: op.description.name,
      type: requestType(op.inputType, op.inputShape !== undefined, facts.typesPackage),
    })),
  );
  const surface = eagerSurface(
    SURFACE_DOC,
    SURFACE_HEAD,
    facts.command,
    facts.operations.map((op) => ({
      description: op.constName,
      ...(facts.shorthandPackage ? { parseArgument: op.description.name } : {}),
      ...(facts.validatorsPackage && op.inputShape ? { validate: op.inputShape } : {}),
    })),
    surfaceExtras(facts),
  );
  for (const statement of [names, inputs, surface])
    module.statement(statement.text, { laidOut: statement.laidOut });
  module.statement(surfaceFunctions(), { laidOut: true });
  return module.exportNames(facts.operations.map((op) => op.constName));
}

function surfaceExtras(facts: SurfaceFacts): SurfaceExtras {
  return {
    waiters: facts.hasWaiters === true,
    ...(facts.commandAliases ? { commandAliases: facts.commandAliases } : {}),
  };
}

const SURFACE_DOC =
  "The command surface: every function below, for every operation. Pass it to `runCommand` with a `send` hook to build your own bin.";
const SURFACE_HEAD = `export const surface: ${rt.CommandSurface} = ${rt.createCommandSurface}`;

/**
 * `operations` and the functions over `surface`, declared just before: the same in both roots,
 * which differ in how the surface gets its operations.
 */
function surfaceFunctions(): string {
  const operation = "operation: OperationName";
  return [
    `${docComment("The CLI names of the operations, in model order.")}export const operations: readonly string[] = surface.operations;\n`,
    documentedFunction(
      "What `--generate-cli-skeleton <kind>` prints for the operation (`input` JSON, `yaml-input`, or `output`), byte for byte as the AWS CLI. Throws `UnknownOperationError` for an unknown operation.",
      "export function generateCliSkeleton",
      [operation, `kind: ${rt.SkeletonKind}`],
      "string",
      ["return surface.generateCliSkeleton(operation, kind);"],
    ),
    parseCommandLineFunction(),
    documentedFunction(
      'The operation\'s help page: `{ format: "text" }` (default) for a terminal, `{ format: "markdown" }` for a page.',
      "export function renderHelp",
      [operation, `options?: ${rt.HelpOptions}`],
      "string",
      ["return surface.renderHelp(operation, options);"],
    ),
    documentedFunction(
      "Every option string the operation accepts: its members' options, then `--cli-input-json`, `--cli-input-yaml` and `--generate-cli-skeleton`.",
      "export function optionTable",
      [operation],
      `${rt.OptionSpec}[]`,
      ["return surface.optionTable(operation);"],
    ),
    documentedFunction(
      "The synopsis of the operation's help page.",
      "export function synopsis",
      [operation],
      "string",
      ["return surface.synopsis(operation);"],
    ),
    documentedFunction(
      "Runs a command line (the words after the bin's name) and resolves to its exit code; `options.send` makes `--send` call your client, `options.files` reads `file://` references.",
      "export function run",
      ["argv: readonly string[]", `options?: ${rt.RunCommandOptions}`],
      "Promise<number>",
      [`return ${rt.runCommand}(surface, argv, options);`],
    ),
  ].join("");
}

/** What the lazy root imports from `@shapekit/cli` besides the surface's imports, by local name. */
const lazy = {
  lazyOperationDescription: runtimeName("lazyOperationDescription"),
  lazyOperations: runtimeName("lazyOperations"),
  moduleLoader: runtimeName("moduleLoader"),
} as const;

/**
 * `src/lazy-root.ts`: the root as Node.js loads it where it can require() an ES module (the
 * `node` + `module-sync` export conditions). Its exports are index.ts's, but its surface loads
 * an operation's entry point (description, shorthand parser, validator) the first time the
 * operation is used, and each description constant is a stand-in that loads it when read:
 * importing a whole service's root no longer loads every operation.
 */
export function lazyRootModule(module: ModuleText, facts: SurfaceFacts): ModuleText {
  const cli = module.runtime("@shapekit/cli", [
    ...SURFACE_IMPORTS.filter((name) => name !== "describeOperation"),
    ...Object.keys(lazy),
  ]);
  module.importNames(["OperationInputs", "OperationName"], "./index.js", { typeOnly: true });
  if (facts.hasWaiters) module.importNames(["waiters"], "./waiters.js");
  module.reexportNames(["OperationInputs", "OperationName"], "./index.js", { typeOnly: true });
  runtimeReexports(module);
  const specifiers = facts.operations.map(
    (op) => `./${operationEntrySpecifier(op.description.operationName)}.js`,
  );
  lazyModuleList(
    module,
    lazy.moduleLoader,
    specifiers,
    "The operations' entry points, in model order, each loaded when its operation is first used.",
  );
  facts.operations.forEach((op, i) => {
    const { text, laidOut } = plainCallAssignment(
      `const ${op.constName}: ${cli.CliOperationDescription}`,
      lazy.lazyOperationDescription,
      [LAZY_LOAD, String(i)],
    );
    module.statement(text, { laidOut });
  });
  const surface = lazySurface(
    SURFACE_DOC,
    SURFACE_HEAD,
    facts.command,
    `${lazy.lazyOperations}(${LAZY_LOAD}, `,
    facts.operations.map((op) => op.description.name),
    surfaceExtras(facts),
  );
  module.statement(surface.text, { laidOut: surface.laidOut });
  module.statement(surfaceFunctions(), { laidOut: true });
  return module.exportNames(facts.operations.map((op) => op.constName));
}

/**
 * `src/bin.ts`: the package's bin, reading `file://` references from the disk. It imports the
 * package by its own name, so that Node.js picks the root as it would for a user: the lazy
 * root where it can, and a command starts without loading every operation.
 */
export function binModule(module: ModuleText, packageName: string, version: string): ModuleText {
  const run = code`process.exitCode = await run(process.argv.slice(2), { files: localFiles(), version: ${version} });`;
  return (
    module
      .importNames(["localFiles", "run"], packageName)
      .statement(
        "// A terminal command reads file:// references as the AWS CLI does; the library reads none unless asked.",
        { laidOut: true },
      )
      // Prettier's layout when it fits and the version needs no other quotes (it always has so far).
      .statement(run, {
        laidOut: run.text.length <= PRINT_WIDTH && /^[\w.+-]*$/.test(version),
      })
  );
}
