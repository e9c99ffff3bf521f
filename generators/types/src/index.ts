// The types emitter: every shape the selected operations reach, as TypeScript declarations,
// packaged as `@shapekit/<name>-types`.
//
// Layout of the emitted package:
//   src/structures.ts      every structure and union, in name order: types only, so one module
//                          holds them all (one module each repeated a banner and the imports
//                          between them some thousand times, and made the file count that
//                          slows `git` and `npm pack`)
//   src/enums.ts           every enum, in name order: the package's only run-time values, in
//                          one module (one module each made importing the root load some
//                          hundreds of modules, 54 ms for SageMaker's 301 enums against 7 ms
//                          for one; an entry point now loads all enum objects, 0.1 MB, which
//                          costs it about 2 ms; bundlers keep only the objects imported)
//   src/operations.ts      `<Service>Operations`: operation name → { input; output }
//   src/index.ts           the barrel: every structure and enum, and the map
//   src/operations/<Op>.ts one operation's entry point (`./operations/<Op>`, the Smithy
//                          operation name): the shapes it reaches, re-exported
//   package.json, README.md, tsconfig.json
// Imports of structures are `import type`/`export type`, so importing an entry point loads the
// enums module and nothing else. The shapes' TypeScript names are unique (the
// model layer's symbol provider), also as file names on case-insensitive file systems.
//
// Lists, maps and simple shapes get no declaration of their own: they are inlined at use
// sites as the AWS SDK v3 does (`string`, `Tag[]`, `Record<string, string>`), and their
// constraints move into the member's TSDoc. An alias like `type VariantName = string` adds no
// checking, and hovers would show `string` anyway.
//
// The emitter is pure and deterministic: files come out sorted by path, declarations in model
// order. Modules are written through the module writer: the barrel and entry points in
// prettier's layout (preformatted), structures, unions and the operation map written in
// prettier's layout by declaration-layout.ts, the enums by emit-enum.ts; whatever they
// cannot promise is formatted by the orchestrator.

import {
  generatedBanner,
  moduleBanner,
  typeScriptNames,
  type EmitContext,
  type Emitter,
  type GeneratedFile,
  type Shape,
  type TypeScriptNames,
  serviceTitle,
  trait,
} from "@shapekit/model";
import { enumStatements, unnamedEnumDeclarations } from "./emit-enum.js";
import { operationsDeclaration, operationsTypeName } from "./emit-operations.js";
import { structureDeclaration } from "./emit-structure.js";
import { unionDeclaration } from "./emit-union.js";
import { packageJson, readmeFile, tsconfigJson, type PackageFacts } from "./package-files.js";
import {
  ModuleWriter,
  operationEntryExample,
  operationEntryName,
  type DeclarationStructure,
  type LaidOutText,
  type ModuleText,
} from "@shapekit/generated-package";
import { TypeReferences } from "./type-reference.js";

/** Shapes that get a module of their own, and whether that module exports a value. */
function declarationKind(shape: Shape): "type" | "value" | undefined {
  switch (shape.type) {
    case "structure":
    case "union":
      return "type";
    case "enum":
    case "intEnum":
      return "value";
    case "string":
      return trait.hasLegacyEnum(shape) ? "value" : undefined;
    default:
      return undefined;
  }
}

/** A shape's declarations: in `src/structures.ts` or in `src/enums.ts`. */
interface ShapeModule {
  readonly id: string;
  readonly name: string;
  /** Where it is declared. */
  readonly module: "structures" | "enums";
  /** Whether it exports a value (an enum object) besides its type. */
  readonly kind: "type" | "value";
  /** Its declaration as text in prettier's layout (or marked as not). */
  readonly declaration?: LaidOutText;
  /** An enum of unnamed legacy values: its type alias, as a ts-morph structure. */
  readonly structures?: DeclarationStructure[];
}

/** The module of every structure and union, from `src/`. */
const STRUCTURES = "structures.js";

/** The module of every enum, from `src/`. */
const ENUMS = "enums.js";

/** A structure or union, its references to other structures local to `src/structures.ts`. */
function structure(
  context: EmitContext,
  names: TypeScriptNames,
  refs: TypeReferences,
  shape: Shape,
): ShapeModule {
  const name = names.shapeName(shape);
  const declaration =
    shape.type === "structure"
      ? structureDeclaration(context.model, shape, name, refs)
      : unionDeclaration(context.model, shape, name, refs);
  return { id: shape.id, name, module: "structures", kind: "type", declaration };
}

/**
 * An enum, for `src/enums.ts` (enums reference no other shape): its statements, which skip
 * prettier when emit-enum.ts can promise their layout (nearly always), or for an enum with
 * unnamed legacy values, the type alias alone (nothing to export as a value).
 */
function enumShape(names: TypeScriptNames, shape: Shape): ShapeModule {
  const name = names.shapeName(shape);
  const declaration = enumStatements(shape, name);
  if (declaration === undefined) {
    const structures = unnamedEnumDeclarations(shape, name);
    return { id: shape.id, name, module: "enums", kind: "type", structures };
  }
  return { id: shape.id, name, module: "enums", kind: "value", declaration };
}

/** `src/enums.ts`: every enum, each set off by a blank line; none when the package has none. */
function enumsModule(writer: ModuleWriter, modules: readonly ShapeModule[]): GeneratedFile[] {
  const enums = modules.filter((m) => m.module === "enums");
  if (enums.length === 0) return [];
  const module = writer.module();
  for (const m of enums) {
    if (m.declaration !== undefined)
      module.statement(`\n${m.declaration.text}`, { laidOut: m.declaration.laidOut });
    else module.declarations(m.structures ?? []);
  }
  return [writer.file(`src/${ENUMS.replace(/\.js$/, ".ts")}`, module)];
}

/** `src/structures.ts`: every structure and union, each set off by a blank line. */
function structuresModule(
  writer: ModuleWriter,
  refs: TypeReferences,
  modules: readonly ShapeModule[],
): GeneratedFile {
  const module = writer.module();
  refs.declareImports(module);
  for (const m of modules)
    if (m.module === "structures" && m.declaration !== undefined)
      module.statement(`\n${m.declaration.text}`, { laidOut: m.declaration.laidOut });
  return writer.file(`src/${STRUCTURES.replace(/\.js$/, ".ts")}`, module);
}

/** A module of one declaration and the type-only imports it needs. */
function declarationModule(
  writer: ModuleWriter,
  refs: TypeReferences,
  declaration: LaidOutText,
): ModuleText {
  const module = writer.module();
  refs.declareImports(module);
  return module.statement(`\n${declaration.text}`, { laidOut: declaration.laidOut });
}

/**
 * Re-exports from `from` (`./` or `../`): the structures in one `export type { … }` from the
 * structures module, the enums in one `export { … }` from the enums module (and an `export
 * type { … }` for those that are types alone).
 */
function reexports(module: ModuleText, modules: readonly ShapeModule[], from: string): ModuleText {
  const names = (where: ShapeModule["module"], kind: ShapeModule["kind"]) =>
    modules.filter((m) => m.module === where && m.kind === kind).map((m) => m.name);
  const structures = names("structures", "type");
  if (structures.length > 0)
    module.reexportNames(structures, `${from}${STRUCTURES}`, { typeOnly: true });
  const enumObjects = names("enums", "value");
  if (enumObjects.length > 0) module.reexportNames(enumObjects, `${from}${ENUMS}`);
  const enumTypes = names("enums", "type");
  if (enumTypes.length > 0) module.reexportNames(enumTypes, `${from}${ENUMS}`, { typeOnly: true });
  return module;
}

/** The barrel: every structure (`export type *`), every enum, and the operation map. */
function indexModule(
  writer: ModuleWriter,
  modules: readonly ShapeModule[],
  operationsType: string,
): GeneratedFile {
  const module = reexports(
    writer.module(),
    modules.filter((m) => m.module === "enums"),
    "./",
  )
    .reexportNames([operationsType], "./operations.js", { typeOnly: true })
    .statement(`export type * from "./${STRUCTURES}";`, { laidOut: true });
  return writer.file("src/index.ts", module);
}

/**
 * `src/operations/<Operation>.ts` (the `./operations/<Operation>` entry point): the shapes the
 * operation reaches, re-exported by name, so its users see only the operation's part.
 */
function operationEntry(
  writer: ModuleWriter,
  context: EmitContext,
  operation: Shape,
  modules: ReadonlyMap<string, ShapeModule>,
): GeneratedFile {
  const reached = context.model
    .closure([operation.id])
    .map((s) => modules.get(s.id))
    .filter((m): m is ShapeModule => m !== undefined)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return writer.file(
    `src/operations/${operationEntryName(operation.name)}.ts`,
    reexports(writer.module(), reached, "../"),
  );
}

function exampleEnum(context: EmitContext, names: TypeScriptNames): PackageFacts["exampleEnum"] {
  const shape = context.shapes.find((s) => s.type === "enum" && s.members.size > 0);
  const member = shape && [...shape.members.values()][0];
  if (!shape || !member) return undefined;
  const value = trait.enumValue(member);
  return {
    name: names.shapeName(shape),
    key: member.name,
    value: JSON.stringify(typeof value === "string" ? value : member.name),
  };
}

export const emitTypes: Emitter = (context) => {
  // A banner is one line by contract: a newline in the source description must not escape it.
  const writer = new ModuleWriter(moduleBanner(context).replace(/[\r\n]+/g, " "));
  // The package files (package.json, README, bin) keep the whole banner, command included.
  const banner = generatedBanner(context).replace(/[\r\n\u2028\u2029]+/g, " ");
  const names = typeScriptNames(context.model, context.service);

  const structureNames = new Set(
    context.shapes.filter((s) => declarationKind(s) === "type").map((s) => names.shapeName(s)),
  );
  const structureRefs = new TypeReferences({
    model: context.model,
    names,
    moduleSpecifier: () => `./${ENUMS}`,
    isLocal: (name) => structureNames.has(name),
  });
  const modules: ShapeModule[] = [];
  for (const shape of context.shapes) {
    const kind = declarationKind(shape);
    if (kind === "type") modules.push(structure(context, names, structureRefs, shape));
    else if (kind === "value") modules.push(enumShape(names, shape));
  }
  modules.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

  const operationsType = operationsTypeName(names, context.service);
  const operationRefs = new TypeReferences({
    model: context.model,
    names,
    moduleSpecifier: (name) => `./${structureNames.has(name) ? STRUCTURES : ENUMS}`,
  });
  const operationsDecl = operationsDeclaration(context, names, operationRefs);
  const operationsFile = writer.file(
    "src/operations.ts",
    declarationModule(writer, operationRefs, operationsDecl),
  );

  const firstOperation = context.operations[0];
  const facts: PackageFacts = {
    banner,
    packageName: context.packageName,
    packageVersion: context.packageVersion,
    operationEntryExample: operationEntryExample(context.operations),
    serviceTitle: serviceTitle(context.service),
    operations: context.operations.map((op) => names.shapeName(op)),
    operationsType,
    exampleInput:
      firstOperation?.ast.input && names.hasName(firstOperation.ast.input.target)
        ? names.shapeName(firstOperation.ast.input.target)
        : operationsType,
    exampleEnum: exampleEnum(context, names),
    usesDocument: structureRefs.usesDocument || operationRefs.usesDocument,
  };

  const files: GeneratedFile[] = [
    { path: "package.json", contents: packageJson(facts, context.packaging) },
    readmeFile(facts),
    { path: "tsconfig.json", contents: tsconfigJson(context.packaging) },
    indexModule(writer, modules, operationsType),
    operationsFile,
    structuresModule(writer, structureRefs, modules),
    ...enumsModule(writer, modules),
  ];
  const byId = new Map(modules.map((m) => [m.id, m]));
  for (const operation of context.operations)
    files.push(operationEntry(writer, context, operation, byId));
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
};
