// The types emitter: every shape the selected operations reach, as TypeScript declarations,
// packaged as `@shapekit/<name>-types`.
//
// Layout of the emitted package:
//   src/shapes.ts          every structure, union and enum, in name order; a whole service's
//                          shapes in one module, as one module per shape repeated a banner and
//                          the imports between shapes thousands of times (a quarter of the
//                          package) and made the file count that slows `git` and `npm pack`
//   src/operations.ts      `<Service>Operations`: operation name → { input; output }
//   src/index.ts           the barrel: everything `src/shapes.ts` exports, and the map
//   src/operations/<Op>.ts one operation's entry point (`./operations/<Op>`, the Smithy
//                          operation name): the shapes it reaches, re-exported
//   package.json, README.md, tsconfig.json
// At run time only enum objects exist: importing an entry point loads `shapes.js`, the enum
// objects of the service (the interfaces are types only). The shapes' TypeScript names are
// unique (the model layer's symbol provider), so one module holds them all.
//
// Lists, maps and simple shapes get no declaration of their own: they are inlined at use
// sites as the AWS SDK v3 does (`string`, `Tag[]`, `Record<string, string>`), and their
// constraints move into the member's TSDoc. An alias like `type VariantName = string` adds no
// checking, and hovers would show `string` anyway.
//
// The emitter is pure and deterministic: files come out sorted by path, declarations in model
// order. Modules are written through the module writer: the barrel and entry points in
// prettier's layout (preformatted), shape modules preformatted when they pass the prettier-shape
// grammar, the rest formatted by the orchestrator.

import {
  fileBaseName,
  generatedBanner,
  typeScriptNames,
  type EmitContext,
  type Emitter,
  type GeneratedFile,
  type Shape,
  type TypeScriptNames,
  serviceTitle,
  trait,
} from "@shapekit/model";
import { StructureKind } from "ts-morph";
import { enumDeclarations } from "./emit-enum.js";
import { operationsDeclaration, operationsTypeName } from "./emit-operations.js";
import { structureDeclaration } from "./emit-structure.js";
import { unionDeclaration } from "./emit-union.js";
import { packageJson, readme, tsconfigJson, type PackageFacts } from "./package-files.js";
import {
  ModuleWriter,
  type DeclarationStructure,
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

/** A shape's declarations in `src/shapes.ts`. */
interface ShapeModule {
  readonly id: string;
  readonly name: string;
  readonly kind: "type" | "value";
  readonly declarations: readonly DeclarationStructure[];
  readonly usesDocument: boolean;
}

/** The module every shape is declared in, as imported from `src/` and from `src/operations/`. */
const SHAPES_MODULE = "./shapes.js";
const SHAPES_FROM_OPERATIONS = "../shapes.js";

function shapeModule(
  context: EmitContext,
  names: TypeScriptNames,
  shape: Shape,
  kind: "type" | "value",
): ShapeModule {
  const name = names.shapeName(shape);
  const refs = new TypeReferences({ model: context.model, names, ownName: name });
  const declarations: DeclarationStructure[] =
    shape.type === "structure"
      ? [structureDeclaration(context.model, shape, name, refs)]
      : shape.type === "union"
        ? [unionDeclaration(context.model, shape, name, refs)]
        : enumDeclarations(shape, name);
  // An enum whose legacy values are unnamed is a type alias alone: nothing to export as value.
  const exportsValue = declarations.some((d) => d.kind === StructureKind.VariableStatement);
  return {
    id: shape.id,
    name,
    kind: kind === "value" && exportsValue ? "value" : "type",
    declarations,
    usesDocument: refs.usesDocument,
  };
}

/** `src/shapes.ts`: every shape's declarations, each set off by a blank line; no imports between them. */
function shapesModule(writer: ModuleWriter, modules: readonly ShapeModule[]): GeneratedFile {
  const module = writer.module();
  if (modules.some((m) => m.usesDocument))
    module.runtime("@smithy/types", ["DocumentType"], { typeOnly: true });
  for (const m of modules) module.declarations(m.declarations);
  return writer.file("src/shapes.ts", module);
}

/** A module of declarations and the type-only imports they need. */
function declarationModule(
  writer: ModuleWriter,
  refs: TypeReferences,
  declarations: readonly DeclarationStructure[],
): ModuleText {
  const module = writer.module();
  refs.declareImports(module);
  return module.declarations(declarations);
}

/** `export type { X, … } from "…";` for types and `export { X, … }` for enum objects. */
function reexports(module: ModuleText, modules: readonly ShapeModule[], from: string): ModuleText {
  const types = modules.filter((m) => m.kind === "type").map((m) => m.name);
  const values = modules.filter((m) => m.kind === "value").map((m) => m.name);
  if (types.length > 0) module.reexportNames(types, from, { typeOnly: true });
  if (values.length > 0) module.reexportNames(values, from);
  return module;
}

/** The barrel: every shape (all `src/shapes.ts` exports), and the operation map. */
function indexModule(writer: ModuleWriter, operationsType: string): GeneratedFile {
  const module = writer
    .module()
    .reexportNames([operationsType], "./operations.js", { typeOnly: true })
    .statement(`export * from "${SHAPES_MODULE}";`, { laidOut: true });
  return writer.file("src/index.ts", module);
}

/**
 * `src/operations/<Operation>.ts` (the `./operations/<Operation>` entry point): the shapes the
 * operation reaches, re-exported module by module, so importing it loads only the enum objects
 * of that operation.
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
    `src/operations/${fileBaseName(operation.name)}.ts`,
    reexports(writer.module(), reached, SHAPES_FROM_OPERATIONS),
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
  const writer = new ModuleWriter(generatedBanner(context).replace(/[\r\n]+/g, " "));
  const banner = writer.banner;
  const names = typeScriptNames(context.model, context.service);

  const modules: ShapeModule[] = [];
  for (const shape of context.shapes) {
    const kind = declarationKind(shape);
    if (kind) modules.push(shapeModule(context, names, shape, kind));
  }
  modules.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

  const operationsType = operationsTypeName(names, context.service);
  const operationRefs = new TypeReferences({
    model: context.model,
    names,
    moduleSpecifier: () => SHAPES_MODULE,
  });
  const operationsDecl = operationsDeclaration(context, names, operationRefs);
  const operationsFile = writer.file(
    "src/operations.ts",
    declarationModule(writer, operationRefs, [operationsDecl]),
  );

  const firstOperation = context.operations[0];
  const facts: PackageFacts = {
    banner,
    packageName: context.packageName,
    packageVersion: context.packageVersion,
    serviceTitle: serviceTitle(context.service),
    operations: context.operations.map((op) => names.shapeName(op)),
    operationsType,
    exampleInput:
      firstOperation?.ast.input && names.hasName(firstOperation.ast.input.target)
        ? names.shapeName(firstOperation.ast.input.target)
        : operationsType,
    exampleEnum: exampleEnum(context, names),
    usesDocument: modules.some((m) => m.usesDocument) || operationRefs.usesDocument,
  };

  const files: GeneratedFile[] = [
    { path: "package.json", contents: packageJson(facts, context.packaging) },
    { path: "README.md", contents: readme(facts) },
    { path: "tsconfig.json", contents: tsconfigJson(context.packaging) },
    indexModule(writer, operationsType),
    operationsFile,
    shapesModule(writer, modules),
  ];
  const byId = new Map(modules.map((m) => [m.id, m]));
  for (const operation of context.operations)
    files.push(operationEntry(writer, context, operation, byId));
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
};
