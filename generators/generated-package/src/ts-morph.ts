// ts-morph's values, loaded with `require`. ts-morph is CommonJS: an ESM `import` of it makes
// Node scan its modules for their export names first (cjs-module-lexer over several MB of
// bundled TypeScript), about 0.1 s on every `shapekit generate`, the startup of a small service
// included. `require` skips that scan; the types still come from ts-morph's declarations.

import { createRequire } from "node:module";
import type * as TsMorph from "ts-morph";

const tsMorph = createRequire(import.meta.url)("ts-morph") as typeof TsMorph;

export const StructureKind: typeof TsMorph.StructureKind = tsMorph.StructureKind;
export const VariableDeclarationKind: typeof TsMorph.VariableDeclarationKind =
  tsMorph.VariableDeclarationKind;
export const IndentationText: typeof TsMorph.IndentationText = tsMorph.IndentationText;
export const QuoteKind: typeof TsMorph.QuoteKind = tsMorph.QuoteKind;
export const Project: typeof TsMorph.Project = tsMorph.Project;
export const CodeBlockWriter: typeof TsMorph.CodeBlockWriter = tsMorph.CodeBlockWriter;
