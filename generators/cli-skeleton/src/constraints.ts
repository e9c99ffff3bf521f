// The `@length`, `@range` and `@pattern` traits of the shapes and members an operation
// description holds, as `@shapekit/cli`'s `CliConstraintTable`: the help page data (and so the
// reference site) shows them. Members keep their own traits only; the runtime lays them over
// their target's, as Smithy does.

import { trait, type Bounds, type Traits } from "@shapekit/model";

/** `@shapekit/cli`'s `CliBounds`. */
export interface BoundsData {
  min?: number;
  max?: number;
}

/** `@shapekit/cli`'s `CliConstraints`. */
export interface ConstraintsData {
  length?: BoundsData;
  range?: BoundsData;
  pattern?: string;
}

/** A bounds trait's `min` and `max`; the resolver checked them, only numbers are kept. */
function boundsData(value: Bounds | undefined): BoundsData | undefined {
  if (value === undefined) return undefined;
  const out: BoundsData = {};
  if (typeof value.min === "number" && Number.isFinite(value.min)) out.min = value.min;
  if (typeof value.max === "number" && Number.isFinite(value.max)) out.max = value.max;
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The constraint traits among `traits`; `undefined` when there are none. */
export function constraintsData(traits: Traits): ConstraintsData | undefined {
  const out: ConstraintsData = {};
  const length = boundsData(trait.length(traits));
  if (length) out.length = length;
  const range = boundsData(trait.range(traits));
  if (range) out.range = range;
  const pattern = trait.pattern(traits);
  if (pattern !== undefined) out.pattern = pattern;
  return Object.keys(out).length > 0 ? out : undefined;
}
