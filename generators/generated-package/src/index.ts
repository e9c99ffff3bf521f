// @shapekit/generated-package: the pieces every emitter's package shares.

export { loadTemplates, type Template, type TemplateOptions } from "./package-templates.js";
export { packageTsconfig } from "./package-tsconfig.js";
export { SourcePrinter } from "./source-printer.js";
export { StructurePrinter } from "./structure-printer.js";
export { runtimeImportDeclaration } from "./runtime-imports.js";
