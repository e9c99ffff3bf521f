// The CLI-skeleton emitter: for each selected operation, its description (options, shapes,
// documentation) as data, wired to the hand-written runtime `@shapekit/cli` and to the sibling
// generated packages (shorthand for option values, validators for requests), packaged as
// `@shapekit/<name>-cli-skeleton` with a bin `shapekit-<service>`.
//
// Layout of the emitted package:
//   src/descriptions/<cli-name>.ts  one description per operation: the shapes only it reaches
//                                   (data), put together with the shared shape sets it reaches
//   src/shapes/<Shape>.ts           shapes several operations reach, written once (data)
//   src/operations/<Operation>.ts   one entry point per operation (`./operations/<Operation>`,
//                                   the Smithy operation name, as in the sibling packages)
//   src/index.ts                    generateCliSkeleton, parseCommandLine, renderHelp, … by operation name
//   src/bin.ts, bin/<command>.js    the runnable command
//   package.json, README.md, tsconfig.json
// The logic is in the runtime so that `shapekit cli --model` runs the same surface from a model
// with no build step: this emitter adds data and wiring only.

import {
  generatedBanner,
  moduleBanner,
  isPreludeId,
  typeScriptNames,
  type EmitContext,
  type Emitter,
  type GeneratedFile,
  serviceTitle,
  cliCommandAliases,
  serviceSdkId,
} from "@shapekit/model";
import {
  binModule,
  constNames,
  descriptionModule,
  indexModule,
  lazyRootModule,
  waitersModule,
  operationEntryModule,
  shapeSetModule,
} from "./modules.js";
import { splitDescriptions } from "./shape-sets.js";
import {
  commandName,
  operationDescription,
  cliServiceName,
  waitersData,
  type OperationDescriptionData,
} from "./operation-description.js";
import { binFile, packageJson, readmeFile, tsconfigJson } from "./package-files.js";
import { ModuleWriter, operationEntryExample } from "@shapekit/generated-package";

export {
  commandName,
  operationDescription,
  cliServiceName,
  waitersData,
  type OperationDescriptionData,
  type WaiterData,
} from "./operation-description.js";

/** A short command line for the README: the required options, with placeholder values. */
function exampleArgv(description: OperationDescriptionData | undefined): string[] {
  if (!description) return [];
  const argv: string[] = [];
  for (const option of description.options) {
    if (!option.required || option.negated) continue;
    const shape = Object.hasOwn(description.shapes, option.shape)
      ? description.shapes[option.shape]
      : undefined;
    argv.push(option.name, shape?.type === "list" ? "Key=value" : "value");
  }
  return argv;
}

export const emitCliSkeleton: Emitter = (context: EmitContext) => {
  const writer = new ModuleWriter(moduleBanner(context).replace(/[\r\n]+/g, " "));
  // The package files (package.json, README, bin) keep the whole banner, command included.
  const banner = generatedBanner(context).replace(/[\r\n\u2028\u2029]+/g, " ");
  const serviceCli = cliServiceName(context.service);
  const command = commandName(context.service);
  const descriptions = context.operations.map((op) =>
    operationDescription(context.model, context.service, op),
  );
  const names = constNames(descriptions.map((d) => d.name));
  // Requests are typed by the types package's input types, named by the model layer; only
  // when the validators package is generated too, since its validation is what makes a
  // successful request one of them.
  const typeNames = typeScriptNames(context.model, context.service);
  const typesPackage = context.packageNames["validators"]
    ? context.packageNames["types"]
    : undefined;
  const operations = context.operations.map((op, i) => {
    const description = descriptions[i]!;
    const inputId = op.ast.input?.target;
    const inputType = typesPackage === undefined ? undefined : typeNames.inputTypeName(op);
    return {
      description,
      constName: names[i]!,
      ...(inputType !== undefined ? { inputType } : {}),
      // No input, or `smithy.api#Unit`: the validators package has nothing to check it with.
      ...(inputId && !isPreludeId(inputId)
        ? { inputShape: context.model.expectShape(inputId).name }
        : {}),
    };
  });
  const validatorsPackage = context.packageNames["validators"];
  const shorthandPackage = context.packageNames["shorthand"];

  // Each shape written once: shapes only one operation reaches in its own part, the others in
  // the shape sets of src/shapes/.
  const split = splitDescriptions(descriptions);
  const files: GeneratedFile[] = split.sets.map((set) => shapeSetModule(writer, set));
  operations.forEach((op, i) => {
    const { own, shared } = split.operations[i]!;
    files.push(
      descriptionModule(writer, {
        description: op.description,
        constName: op.constName,
        own,
        shared: shared.map((index) => split.sets[index]!),
      }),
    );
  });
  for (const op of operations) {
    files.push(
      operationEntryModule({
        writer,
        command,
        description: op.description,
        constName: op.constName,
        hasInput: op.inputShape !== undefined,
        ...(op.inputType !== undefined ? { inputType: op.inputType } : {}),
        ...(validatorsPackage ? { validatorsPackage } : {}),
        ...(shorthandPackage ? { shorthandPackage } : {}),
        ...(typesPackage ? { typesPackage } : {}),
      }),
    );
  }
  // The waiters of the operations generated: the surface's `wait` commands.
  const generated = new Set(descriptions.map((d) => d.name));
  const waiters = waitersData(context.model, context.service).filter((w) =>
    generated.has(w.operation),
  );
  if (waiters.length > 0) files.push(waitersModule(writer, waiters));
  // The AWS CLI's hidden extra names of the operations generated (an older spelling).
  const commandAliases = cliCommandAliases(
    serviceSdkId(context.service),
    context.operations.map((op) => op.name),
  );
  const surface = {
    command,
    operations,
    ...(waiters.length > 0 ? { hasWaiters: true } : {}),
    ...(Object.keys(commandAliases).length > 0 ? { commandAliases } : {}),
    ...(validatorsPackage ? { validatorsPackage } : {}),
    ...(shorthandPackage ? { shorthandPackage } : {}),
    ...(typesPackage ? { typesPackage } : {}),
  };
  files.push(writer.file("src/index.ts", indexModule(writer.module(), surface)));
  files.push(writer.file("src/lazy-root.ts", lazyRootModule(writer.module(), surface)));
  files.push(
    writer.file(
      "src/bin.ts",
      binModule(writer.module(), context.packageName, context.packageVersion),
    ),
  );
  files.push(binFile(command, banner));

  const facts = {
    banner,
    packageName: context.packageName,
    packageVersion: context.packageVersion,
    operationEntryExample: operationEntryExample(context.operations),
    serviceTitle: serviceTitle(context.service),
    serviceCli,
    command,
    operations: operations.map((op) => op.description.name),
    ...(waiters.length > 0 ? { waiters: waiters.map((w) => w.name) } : {}),
    exampleArgv: exampleArgv(operations[0]?.description),
    ...(validatorsPackage ? { validatorsPackage } : {}),
    ...(shorthandPackage ? { shorthandPackage } : {}),
    ...(typesPackage ? { typesPackage } : {}),
  };
  files.push({ path: "package.json", contents: packageJson(facts, context.packaging) });
  files.push(readmeFile(facts, context.packaging));
  files.push({ path: "tsconfig.json", contents: tsconfigJson(context.packaging) });
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
};
