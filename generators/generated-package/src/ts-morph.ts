// ts-morph, loaded only when a structure is printed. Its bundled TypeScript compiler takes about
// 0.2–0.4 s to load, and most generations never print a structure: the emitters write nearly
// every declaration as text in prettier's layout (whole SageMaker prints none). Naming a
// structure kind must therefore not load it: the few kinds the emitters build are kept here as
// the numbers ts-morph gives them (a test holds them to ts-morph's enums).
//
// It is loaded with `require`: ts-morph is CommonJS, and an ESM `import` of it makes Node scan
// its modules for their export names first (cjs-module-lexer over several MB of bundled
// TypeScript). The types still come from ts-morph's declarations.

import { createRequire } from "node:module";
import type * as TsMorph from "ts-morph";

let loaded: typeof TsMorph | undefined;

/** ts-morph itself, loaded at the first call. */
export function tsMorph(): typeof TsMorph {
  loaded ??= createRequire(import.meta.url)("ts-morph") as typeof TsMorph;
  return loaded;
}

/** The structure kinds the emitters declare, with ts-morph's values. */
export const StructureKind: Pick<
  typeof TsMorph.StructureKind,
  "Interface" | "TypeAlias" | "VariableStatement"
> = {
  Interface: 19,
  TypeAlias: 38,
  VariableStatement: 41,
};

/** The variable declaration kinds the emitters declare, with ts-morph's values. */
export const VariableDeclarationKind: Pick<typeof TsMorph.VariableDeclarationKind, "Const"> = {
  Const: "const" as TsMorph.VariableDeclarationKind.Const,
};
