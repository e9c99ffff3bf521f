// The "Constraints" line of an option or member on an operation page: what the model requires of
// the value beyond its type (required, length, range, pattern), from the help page data. Enum
// values are not repeated here: the page lists them as "Possible values".

import type { HelpConstraints } from "@shapekit/cli";
import { markup, type Html } from "./html.js";

type Bounds = NonNullable<HelpConstraints["length"]>;

/** What a `@length` counts for a value of the help page's type word. */
function lengthUnit(type: string): string {
  if (type === "string") return " characters";
  if (type === "blob" || type === "streaming blob") return " bytes";
  if (type === "list") return " items";
  if (type === "map") return " entries";
  return "";
}

/** `1 to 63`, `at least 1`, `at most 63`. */
function boundsText(bounds: Bounds): string {
  if (bounds.min !== undefined && bounds.max !== undefined) return `${bounds.min} to ${bounds.max}`;
  if (bounds.min !== undefined) return `at least ${bounds.min}`;
  return `at most ${bounds.max}`;
}

/** The line's parts (text, escaped by `markup`); none for a value without constraints. */
export function constraintParts(constraints: HelpConstraints, type: string): Html[] {
  const parts: Html[] = [];
  if (constraints.required) parts.push(markup`required`);
  if (constraints.length)
    parts.push(markup`length ${boundsText(constraints.length)}${lengthUnit(type)}`);
  if (constraints.range) parts.push(markup`value ${boundsText(constraints.range)}`);
  if (constraints.pattern !== undefined)
    parts.push(markup`pattern <code>${constraints.pattern}</code>`);
  return parts;
}

/** `<p class="constraints">Constraints: required; length 1 to 63 characters; …</p>`, or nothing. */
export function constraintsLine(constraints: HelpConstraints | undefined, type: string): Html {
  const parts = constraints ? constraintParts(constraints, type) : [];
  if (parts.length === 0) return markup``;
  return markup`<p class="constraints"><span class="block-title">Constraints:</span> ${parts.map((p, i) => markup`${i > 0 ? "; " : ""}${p}`)}</p>`;
}
