// A generated package's `validate(shapeName, value, options?)`: the validator of the shape named.
// The generator writes the shape names once (the package's `src/shape-names.ts`); the root and
// the lazy root each hand over their validators in that order, so the lazy root's `validate`
// calls its stand-ins and loads only the shape it is asked for. (Not the roots' module
// namespaces: a bundler turns a namespace into an object with a getter per export, thousands
// for a whole service, at import.)

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
 * `validate` for the shapes named in `shapeNames`, each checked by the validator at the same
 * index of `validators` (each shape's `validate<Name>`: the real one, or the lazy root's
 * stand-in, which loads its module only when called). The validators are arguments rather
 * than an array literal so that TypeScript checks each on its own: it would otherwise unite
 * thousands of distinct validator types, one pair at a time. The table is made on the first
 * call. The name a caller passes is only ever a key of that Map: it never reaches a property
 * lookup.
 */
export function validateByName<Types>(
  shapeNames: readonly string[],
  ...validators: readonly unknown[]
): ValidateByName<Types> {
  let table: ReadonlyMap<string, ShapeValidator<unknown>> | undefined;
  const made = (): ReadonlyMap<string, ShapeValidator<unknown>> => {
    // A package inconsistent with itself: say so rather than validate with the wrong function.
    if (validators.length !== shapeNames.length)
      throw new TypeError(
        `the package's validate(): ${shapeNames.length} shape names but ${validators.length} validators`,
      );
    const byName = new Map<string, ShapeValidator<unknown>>();
    shapeNames.forEach((name, i) => {
      const validator = validators[i];
      if (typeof validator !== "function")
        throw new TypeError(
          `the package's validate(): no validator for shape ${JSON.stringify(name)}`,
        );
      byName.set(name, validator as ShapeValidator<unknown>);
    });
    return byName;
  };
  return <N extends keyof Types & string>(
    shapeName: N,
    value: unknown,
    options?: ValidateOptions,
  ): ValidationResult<Types[N]> => {
    table ??= made();
    const validator = table.get(shapeName);
    if (validator === undefined) return unknownShapeResult(shapeName, shapeNames);
    return validator(value, options) as ValidationResult<Types[N]>;
  };
}
