// A shape's `@documentation` as the validators print it (TSDoc and JSON Schema descriptions):
// the model's converter in its one-line form.

import { documentationText, trait, type Traits } from "@shapekit/model";

export function documentation(traits: Traits): string | undefined {
  const doc = trait.documentation(traits);
  if (doc === undefined) return undefined;
  const text = documentationText(doc, { form: "oneLine" });
  return text === "" ? undefined : text;
}
