// Runtime import statements, as text in prettier's layout (`runtimeImport`) or as a ts-morph
// structure for modules printed from structures (`runtimeImportDeclaration`). The aliasing
// scheme itself (`memberPath as __memberPath`) is the model layer's naming.

import { runtimePackage, runtimeSpecifiers } from "@shapekit/model";
import { StructureKind, type ImportDeclarationStructure } from "ts-morph";
import { namedModuleStatement } from "./typescript-text.js";

/** The import statement as text, in prettier's layout (see `namedModuleStatement`). */
export function runtimeImport(
  from: string,
  names: readonly string[],
  options: { readonly typeOnly?: boolean } = {},
): string {
  return namedModuleStatement(
    options.typeOnly ? "import type" : "import",
    runtimeSpecifiers(names),
    runtimePackage(from),
  );
}

/** `import { a as __a, type B as __B } from "<runtime>"` as a structure. */
export function runtimeImportDeclaration(
  from: string,
  names: readonly string[],
  options: { readonly typeOnly?: boolean } = {},
): ImportDeclarationStructure {
  return {
    kind: StructureKind.ImportDeclaration,
    ...(options.typeOnly ? { isTypeOnly: true } : {}),
    namedImports: runtimeSpecifiers(names),
    moduleSpecifier: runtimePackage(from),
  };
}
