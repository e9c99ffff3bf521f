// The first sentence of a shape's `@documentation`, for TSDoc and JSON Schema descriptions:
// plain text on one line.

import type { Traits } from "@shapekit/model";

export function documentation(traits: Traits): string | undefined {
  const doc = traits.get("smithy.api#documentation");
  if (typeof doc !== "string") return undefined;
  const text = doc
    .replace(/<[^>]*>/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return text === "" ? undefined : text;
}

/** Text made safe inside a `/** … *\/` comment. */
export function tsdocText(text: string): string {
  return text.replace(/\*\//g, "*\\/");
}
