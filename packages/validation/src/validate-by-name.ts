// A generated package's `validate(shapeName, value, options?)`: the validator of the shape named,
// found among the package's own exports. The generator writes the shape names once (the
// package's `src/shape-names.ts`); the root and the lazy root each hand over their own module
// namespace (through a function: the root's namespace is a module `validate` is part of, and a
// bundler may define it after this call), so the lazy root's `validate` calls its stand-ins and loads only the shape it
// is asked for. Before, each of the two held a literal table of every validator: a whole service
// wrote thousands of lines twice.

import type { ValidateOptions, ValidationResult } from "./issue.js";
import type { ShapeValidator } from "./standard-schema.js";
import { unknownShapeResult } from "./unknown-shape.js";

/** `validate(shapeName, value, options?)` over the shapes of `Types` (shape name → type). */
export type ValidateByName<Types> = <N extends keyof Types & string>(
  shapeName: N,
  value: unknown,
  options?: ValidateOptions,
) => ValidationResult<Types[N]>;

/**
 * `validate` for the shapes named in `shapeNames`, each checked by the export
 * `validate<shape name>` of `exportsOf()` (or the name `exportNames` gives it). The table is made on
 * the first call, not at import: a whole service has thousands of shapes. The name a caller
 * passes is only ever a key of that table (a Map): it never reaches a property lookup.
 */
export function validateByName<Types>(
  exportsOf: () => object,
  shapeNames: readonly string[],
  exportNames: Readonly<Record<string, string>> = {},
): ValidateByName<Types> {
  let validators: ReadonlyMap<string, ShapeValidator<unknown>> | undefined;
  const table = (): ReadonlyMap<string, ShapeValidator<unknown>> => {
    const made = new Map<string, ShapeValidator<unknown>>();
    const exports = exportsOf();
    for (const name of shapeNames) {
      const exportName = Object.hasOwn(exportNames, name) ? exportNames[name]! : `validate${name}`;
      const validator = (exports as Readonly<Record<string, unknown>>)[exportName];
      // A package inconsistent with itself: say which export is missing rather than fail later.
      if (typeof validator !== "function")
        throw new TypeError(
          `the package's validate(): no function ${JSON.stringify(exportName)} for shape ${JSON.stringify(name)}`,
        );
      made.set(name, validator as ShapeValidator<unknown>);
    }
    return made;
  };
  return <N extends keyof Types & string>(
    shapeName: N,
    value: unknown,
    options?: ValidateOptions,
  ): ValidationResult<Types[N]> => {
    validators ??= table();
    const validator = validators.get(shapeName);
    if (validator === undefined) return unknownShapeResult(shapeName, shapeNames);
    return validator(value, options) as ValidationResult<Types[N]>;
  };
}
