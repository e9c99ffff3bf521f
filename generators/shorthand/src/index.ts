// The shorthand emitter: for every selected operation, the AWS CLI's options and the CLI
// shape descriptors behind them, packaged as `@shapekit/<name>-shorthand` over the
// `@shapekit/shorthand` runtime (which does all the parsing; the package is data and
// signatures). Pure and deterministic: files sorted by path, options in model order.

import {
  CliShapeBuilder,
  cliServiceName,
  generatedBanner,
  moduleBanner,
  typeScriptNames,
  type Emitter,
  type GeneratedFile,
  serviceTitle,
} from "@shapekit/model";
import { CliCommands, toShorthand, type CliCommand, type SyntaxHelp } from "@shapekit/shorthand";
import {
  commandsModule,
  dataModule,
  indexModule,
  shapesModule,
  type ValueTyping,
} from "./emit-modules.js";
import { operationEntryModule } from "./operation-entry.js";
import { packageJson, readmeFile, tsconfigJson, type PackageFacts } from "./package-files.js";
import { ModuleWriter, operationEntryExample } from "@shapekit/generated-package";

export { CliShapeBuilder, cliServiceName } from "@shapekit/model";

/**
 * The runtime's syntax help, or `undefined` where it gives up: it recurses once per level of
 * nesting, and a model nested thousands of levels deep (valid Smithy) exhausts the stack. The
 * README then shows another option, or none.
 */
function syntaxHelpOrUndefined(
  cli: CliCommands,
  command: string,
  option: string,
): SyntaxHelp | undefined {
  try {
    return cli.syntaxHelp(command, option);
  } catch (e) {
    if (e instanceof RangeError) return undefined;
    throw e;
  }
}

/** The README's example: the first option that takes shorthand, with a value its syntax help suggests. */
function example(cli: CliCommands, commands: readonly CliCommand[]): PackageFacts["example"] {
  for (const command of commands) {
    for (const option of command.options) {
      const shape = cli.shapes[option.shape];
      if (shape?.type !== "list") continue;
      const structure = cli.shapes[(shape as { member: string }).member];
      if (structure?.type !== "structure") continue;
      const first = structure.members.find((m) => cli.shapes[m.shape]?.type === "string");
      if (!first) continue;
      const help = syntaxHelpOrUndefined(cli, command.name, option.name);
      if (!help?.shorthand) continue;
      const words = [toShorthand({ [first.name]: "a" }), toShorthand({ [first.name]: "b" })];
      const result = cli.parseArgument(command.name, option.name, words);
      return {
        command: command.name,
        option: option.name,
        wordsList: words.map((w) => JSON.stringify(w)).join(", "),
        valueJson: result.ok ? JSON.stringify(result.value) : "",
        shorthand:
          help.shorthand.split("\n")[0]!.slice(0, 60) + (help.shorthand.length > 60 ? "…" : ""),
      };
    }
  }
  const command = commands[0];
  return {
    command: command?.name ?? "",
    option: command?.options[0]?.name ?? "",
    wordsList: '"x"',
    valueJson: '"x"',
    shorthand: "",
  };
}

export const emitShorthand: Emitter = (context) => {
  // A banner is one line by contract: a newline in the source description must not escape it.
  const writer = new ModuleWriter(moduleBanner(context).replace(/[\r\n]+/g, " "));
  // The package files (package.json, README, bin) keep the whole banner, command included.
  const banner = generatedBanner(context).replace(/[\r\n\u2028\u2029]+/g, " ");
  const builder = new CliShapeBuilder(context.model, context.service.namespace);
  const commands = context.operations.map((op) => builder.command(op, context.service));
  const table = builder.table();
  // Option values are typed by the types package's input types, named by the model layer.
  const names = typeScriptNames(context.model, context.service);
  const typing: ValueTyping = {
    typesPackage: context.packageNames.types,
    inputTypes: new Map(
      context.operations.map((op, i) => [commands[i]!.name, names.inputTypeName(op)]),
    ),
  };
  const cli = new CliCommands(table, commands);

  const facts: PackageFacts = {
    banner,
    packageName: context.packageName,
    packageVersion: context.packageVersion,
    operationEntryExample: operationEntryExample(context.operations),
    serviceTitle: serviceTitle(context.service),
    serviceCli: cliServiceName(context.service),
    typesPackage: context.packageNames.types,
    commands: commands.map((c) => ({
      name: c.name,
      operation: c.operation,
      optionCount: c.options.length,
    })),
    example: example(cli, commands),
  };
  const files: GeneratedFile[] = [
    { path: "package.json", contents: packageJson(facts, context.packaging) },
    readmeFile(facts, context.packaging),
    { path: "tsconfig.json", contents: tsconfigJson(context.packaging) },
    writer.file("src/data.ts", dataModule(writer.module(), table, commands)),
    writer.file("src/shapes.ts", shapesModule(writer.module())),
    writer.file("src/commands.ts", commandsModule(writer.module(), commands, typing)),
    writer.file("src/index.ts", indexModule(writer.module())),
  ];
  for (const command of commands) {
    files.push(operationEntryModule(writer, table, command, typing));
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
};
