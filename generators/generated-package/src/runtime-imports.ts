// Runtime imports as ts-morph structures, for modules printed from structures: the aliasing
// scheme itself (`memberPath as __memberPath`) is the model layer's (`runtimeImport` there
// writes the same statement as text).

import { runtimePackage, runtimeSpecifiers } from "@shapekit/model";
import { StructureKind, type ImportDeclarationStructure } from "ts-morph";

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
