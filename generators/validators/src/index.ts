// The validators emitter: for every structure, union, list, map, enum and constrained scalar the
// selected operations reach, a check function of straight-line TypeScript, and around them the
// public API of `@shapekit/<name>-validators`:
//   validate<Name>(value, options?)  → { ok, value | issues, warnings }, also a Standard Schema
//   is<Name> / assert<Name>           type guards and assert functions over the types package;
//                                     is<Name> runs the shape's check without a collector
//                                     (verdict.ts): false at the first issue
//   validate(shapeName, value, options?)
//   schemas/<Input>.schema.json      JSON Schema 2020-12 per operation input (a package subpath;
//                                    its entry imports the file, which the build inlines)
// The root comes twice: src/index.ts loads every shape; src/lazy-root.ts (what Node.js loads,
// lazy-root.ts) has the same exports as stand-ins that load one operation's entry point.
//
// How checks are emitted (the approach of ajv's standalone code and typia): each aggregate shape
// gets one function; scalar members are checked inline in their container's function, so a
// valid scalar costs a few comparisons and no call, and a path string is built only when an
// issue is reported. Patterns, enum sets and member lists are module constants. Code is built
// with the `code` template (@shapekit/generated-package's code.ts), where model text can only
// ever become a literal.
// Recursion: functions call each other only along member references, so the call depth is
// bounded by the model's depth, except through recursive shapes, which count depth (recursion.ts).
//
// Pure and deterministic: no disk access but the templates shipped with the emitter, files
// sorted by path, shapes in id order. Modules go through the module writer: shape modules laid
// out by layout.ts and entry points by the writer's helpers are preformatted; what they cannot
// promise is formatted by the orchestrator.

import {
  fileBaseName,
  generatedBanner,
  moduleBanner,
  typeScriptNames,
  type EmitContext,
  type Emitter,
  type GeneratedFile,
  serviceTitle,
} from "@shapekit/model";
import { isAggregate, type CheckContext } from "./check-context.js";
import { checkFunction } from "./check-dispatch.js";
import {
  ModuleWriter,
  operationEntryExample,
  operationEntryName,
  prettierJson,
} from "@shapekit/generated-package";
import {
  indexModule,
  operationEntryModule,
  operationReexports,
  shapeModule,
  validateModule,
  shapeNamesModule,
  type PublicShape,
} from "./emit-modules.js";
import { JsonSchemaBuilder } from "./json-schema.js";
import { lazyRootModule, type OperationEntry } from "./lazy-root.js";
import { ModuleConstants } from "./module-constants.js";
import { packageJson, readmeFile, tsconfigJson, type PackageFacts } from "./package-files.js";
import { recursiveShapes, shapesReachingRecursion } from "./recursion.js";
import { ruleDescriptions } from "./rule-descriptions.js";
import { TypeExpressions } from "./type-expression.js";
import { isValidatedShape, validatorNames } from "./validator-names.js";

export const emitValidators: Emitter = (context: EmitContext): GeneratedFile[] => {
  const writer = new ModuleWriter(moduleBanner(context).replace(/[\r\n]+/g, " "));
  // The package files (package.json, README, bin) keep the whole banner, command included.
  const banner = generatedBanner(context).replace(/[\r\n\u2028\u2029]+/g, " ");
  const typesPackage = context.packageNames.types;
  if (typesPackage === undefined) {
    throw new Error(
      "The validators package types its guards with the types package: add a `types` package to shapekit.json.",
    );
  }
  const shapes = context.shapes.filter(isValidatedShape);
  const names = validatorNames(context.model, context.service, context.shapes);
  const typeNames = typeScriptNames(context.model, context.service);
  const recursive = recursiveShapes(context.model, context.shapes.filter(isAggregate));
  const depthCarriers = shapesReachingRecursion(context.model, context.shapes, recursive);
  // One module per shape: each has its own constants and records the checks it calls.
  const modules = shapes.map((shape) => {
    const constants = new ModuleConstants((candidate) => typeNames.freshName(candidate));
    const ctx: CheckContext = {
      model: context.model,
      names,
      constants,
      recursive,
      calls: new Set(),
      depthCarriers,
      enumsByImport: true,
    };
    const check = checkFunction(ctx, shape, `Checks a ${shape.name} (${shape.id}).`);
    const shapeTypes = new TypeExpressions(context.model, names);
    const publicShape: PublicShape = {
      shape,
      names: names.get(shape.id)!,
      type: shapeTypes.typeOf(shape),
    };
    return { ctx, check, publicShape, shapeTypes };
  });

  const types = new TypeExpressions(context.model, names);
  for (const m of modules) types.typeOf(m.publicShape.shape);
  const publicShapes: PublicShape[] = modules
    .map((m) => m.publicShape)
    .sort((a, b) => (a.names.base < b.names.base ? -1 : a.names.base > b.names.base ? 1 : 0));
  const byId = new Map(publicShapes.map((s) => [s.shape.id, s]));

  const schemaFiles: GeneratedFile[] = [];
  const schemaInputs = new Set<string>();
  /** Input shape id → its schema's file (`schemas/<Input>.schema.json`), which the entry imports. */
  const schemaPaths = new Map<string, string>();
  for (const operation of context.operations) {
    const inputId = operation.ast.input?.target;
    const input = inputId ? context.model.shape(inputId) : undefined;
    // Operations may share an input (DynamoDB's Enable/DisableKinesisStreamingDestination): one schema.
    if (!input || !names.has(input.id) || schemaInputs.has(input.id)) continue;
    schemaInputs.add(input.id);
    const builder = new JsonSchemaBuilder(context.model, (s) => names.get(s.id)?.base ?? s.name);
    const inputName = names.get(input.id)!.base;
    const document = builder.document(input, inputName);
    const path = `schemas/${fileBaseName(inputName)}.schema.json`;
    // In prettier's layout when prettierJson knows every array in it; otherwise prettier's job.
    const laidOut = prettierJson(document);
    schemaFiles.push(
      laidOut === undefined
        ? { path, contents: `${JSON.stringify(document, null, 2)}\n` }
        : { path, contents: laidOut, preformatted: true },
    );
    // The operation's entry imports it for `validateInput["~standard"].jsonSchema`.
    schemaPaths.set(input.id, path);
  }

  const firstInput = context.operations[0]?.ast.input?.target;
  const example =
    publicShapes.find((s) => s.shape.id === firstInput) ??
    publicShapes.find((s) => s.names.hasType) ??
    publicShapes[0];
  const facts: PackageFacts = {
    banner,
    packageName: context.packageName,
    packageVersion: context.packageVersion,
    operationEntryExample: operationEntryExample(context.operations),
    typesPackage,
    serviceTitle: serviceTitle(context.service),
    schemas: schemaFiles.map((f) => ({ file: f.path })),
    shapes: publicShapes.map((s) => s.names.key),
    rules: ruleDescriptions(context.shapes),
    example: example && {
      key: example.names.key,
      validate: example.names.validate,
      is: example.names.is,
      type: example.type,
    },
  };

  const files: GeneratedFile[] = [
    { path: "package.json", contents: packageJson(facts, context.packaging) },
    readmeFile(facts),
    { path: "tsconfig.json", contents: tsconfigJson(context.packaging) },
    ...modules.map((m) =>
      shapeModule(writer, m.ctx, m.check, m.publicShape, m.shapeTypes, typesPackage),
    ),
    validateModule(writer, publicShapes, types, typesPackage),
    shapeNamesModule(writer, publicShapes),
    indexModule(writer, publicShapes),
    ...schemaFiles,
  ];
  const entries: OperationEntry[] = [];
  for (const operation of context.operations) {
    const closure = context.model
      .closure([operation.id])
      .map((s) => byId.get(s.id))
      .filter((s): s is PublicShape => s !== undefined)
      .sort((a, b) => (a.names.base < b.names.base ? -1 : a.names.base > b.names.base ? 1 : 0));
    const input = operation.ast.input?.target;
    const output = operation.ast.output?.target;
    const inputSchemaFile = input ? schemaPaths.get(input) : undefined;
    // `validateInput` is declared with its type (declaration files are written from the source
    // alone), which names the input's type from the types package.
    const inputTypes = new TypeExpressions(context.model, names);
    const inputNames = input ? names.get(input) : undefined;
    const outputNames = output ? names.get(output) : undefined;
    const reexports = operationReexports(
      closure,
      inputNames,
      outputNames,
      inputNames !== undefined && inputSchemaFile !== undefined,
    );
    entries.push({
      specifier: `./operations/${operationEntryName(operation.name)}.js`,
      reexports,
      cost: closure.length,
    });
    files.push(
      operationEntryModule(
        writer,
        operation.name,
        reexports,
        inputNames,
        input && inputSchemaFile
          ? {
              file: inputSchemaFile,
              type: inputTypes.typeOf(context.model.expectShape(input)),
              types: inputTypes,
              typesPackage,
            }
          : undefined,
      ),
    );
  }
  files.push(lazyRootModule(writer, publicShapes, entries));
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
};
