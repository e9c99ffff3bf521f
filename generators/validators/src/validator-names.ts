// Which shapes get a validator, and the names of everything emitted for each: the check
// function inside the package, the public `validate<Name>`, `is<Name>` and `assert<Name>`, and
// the key of `validate(shapeName, …)`. Named shapes (structures, unions, enums) take the
// TypeScript name the model layer gave them, so `validateTag` validates the `Tag` type that
// @shapekit/<name>-types exports; lists, maps and constrained scalars, which have no type of
// their own, take their shape name made safe and unique the same way.

import { prefixedName, trait, typeScriptNames, type Model, type Shape } from "@shapekit/model";
import { name, type Code } from "@shapekit/generated-package";

/** Traits that make a simple shape worth a validator of its own. */
const CONSTRAINTS = [trait.ID.length, trait.ID.pattern, trait.ID.range, trait.ID.enum];

export interface ValidatorNames {
  /** `ProductionVariant`: the base of every other name. */
  readonly base: string;
  /** The key of `validate("…")`: the shape's name without namespace, unless that clashes. */
  readonly key: string;
  readonly check: string;
  /** `check` as code. */
  readonly checkName: Code;
  readonly validate: string;
  readonly is: string;
  readonly assert: string;
  /** True when @shapekit/<name>-types exports a type for the shape. */
  readonly hasType: boolean;
  /**
   * The type's name there, when `hasType`: the symbol provider's name, which `base` capitalises
   * (a structure named `memberPath` is the type `memberPath`, validated by `validateMemberPath`).
   */
  readonly typeName?: string;
}

/** Whether the shape gets a validator: every aggregate, enum and constrained scalar. */
export function isValidatedShape(shape: Shape): boolean {
  switch (shape.type) {
    case "structure":
    case "union":
    case "list":
    case "set":
    case "map":
    case "enum":
    case "intEnum":
      return true;
    case "operation":
    case "service":
    case "resource":
      return false;
    default:
      return (
        CONSTRAINTS.some((t) => shape.traits.has(t)) ||
        [...shape.traits.keys()].some((t) => t.startsWith("shapekit#"))
      );
  }
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Names for every validated shape of `shapes`, computed once per emit. */
export function validatorNames(
  model: Model,
  service: Shape,
  shapes: readonly Shape[],
): Map<string, ValidatorNames> {
  const typeNames = typeScriptNames(model, service);
  const out = new Map<string, ValidatorNames>();
  const taken = new Set<string>();
  const validated = shapes.filter(isValidatedShape);
  // Named shapes first: their names are fixed by the model layer; the others fit around them.
  const ordered = [
    ...validated.filter((s) => typeNames.hasName(s.id)),
    ...validated.filter((s) => !typeNames.hasName(s.id)),
  ];
  const keyCounts = new Map<string, number>();
  for (const s of validated) keyCounts.set(s.name, (keyCounts.get(s.name) ?? 0) + 1);
  for (const shape of ordered) {
    const hasType = typeNames.hasName(shape.id);
    let base = upperFirst(hasType ? typeNames.shapeName(shape) : typeNames.freshName(shape.name));
    for (let n = 2; taken.has(base.toLowerCase()); n++)
      base = `${upperFirst(typeNames.freshName(shape.name))}_${n}`;
    taken.add(base.toLowerCase());
    out.set(shape.id, {
      base,
      key: keyCounts.get(shape.name) === 1 ? shape.name : base,
      check: prefixedName("check", base),
      checkName: name(prefixedName("check", base)),
      validate: prefixedName("validate", base),
      is: prefixedName("is", base),
      assert: prefixedName("assert", base),
      hasType,
      ...(hasType ? { typeName: typeNames.shapeName(shape) } : {}),
    });
  }
  return out;
}
