// `@shapekit/validation/lazy`: what a generated validators package's lazy root imports, and no
// more. The lazy root's import time is what its names cost (lazy-exports.ts); loading the whole
// runtime with it would add the compilation of every check helper, which the stand-ins only
// need once they load an operation's entry point (that imports `@shapekit/validation` itself).
// Shared modules (`ValidationError`) are one instance with the root's: the build puts them in
// chunks both entry points import.

export type { ValidateOptions, ValidationIssue, ValidationResult } from "./issue.js";
export type { ShapeValidator } from "./standard-schema.js";
export { ValidationError } from "./validation-error.js";
export { unknownShapeResult } from "./unknown-shape.js";
export { validateByName, type ValidateByName } from "./validate-by-name.js";
export { moduleLoader, lazyFunction, lazyValidator, type ModuleLoader } from "./lazy-exports.js";
