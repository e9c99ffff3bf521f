// Message of a `length` issue: the measured length in the shape's unit and the bounds.
import { quote } from "../describe-value.js";

/** What `@length` counts for each kind of shape. */
export type LengthUnit = "characters" | "items" | "entries" | "bytes";

/** `between 1 and 63`, `at least 1`, `at most 63`. */
export function boundsText(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined)
    return min === max ? `exactly ${min}` : `between ${min} and ${max}`;
  if (min !== undefined) return `at least ${min}`;
  return `at most ${max ?? "∞"}`;
}

/** `"my name" has 70 characters; the length must be between 1 and 63 (code points)`. */
export function lengthMessage(
  value: unknown,
  found: number,
  min: number | undefined,
  max: number | undefined,
  unit: LengthUnit,
): string {
  const subject =
    typeof value === "string"
      ? quote(value)
      : unit === "items"
        ? "the list"
        : unit === "entries"
          ? "the map"
          : "the value";
  const singular = found === 1 ? unit.replace(/s$/, "").replace(/ie$/, "y") : unit;
  return `${subject} has ${found} ${singular}; ${boundsText(min, max)} allowed`;
}
