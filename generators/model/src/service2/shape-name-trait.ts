// The botocore name of a shape the converter had to rename (name-clashes.ts, case-clashes.ts).
// The Smithy name must change, but the AWS CLI does show shape names in one place: an output
// skeleton writes a list of strings as `["<member shape name>"]` (Backup's `string` list,
// renamed `string2` beside `String`). The trait keeps the botocore name for that.

import type { AstShape } from "../ast.js";
import type { ConversionContext } from "./context.js";

/** `shapekit.botocore#shapeName`: the shape's name in the service-2.json it came from. */
export const BOTOCORE_SHAPE_NAME_TRAIT = "shapekit.botocore#shapeName";

/** Marks `converted` (the shape botocore calls `name`) with its botocore name, when renamed. */
export function keepBotocoreName(name: string, converted: AstShape, ctx: ConversionContext): void {
  if ((ctx.renamedShapes.get(name) ?? name) === name) return;
  converted.traits = { ...converted.traits, [BOTOCORE_SHAPE_NAME_TRAIT]: name };
  // Defined in every converted file that uses it: identical definitions merge (Smithy's rule).
  ctx.shapes[BOTOCORE_SHAPE_NAME_TRAIT] = {
    type: "string",
    traits: {
      "smithy.api#trait": {},
      "smithy.api#documentation":
        "The name botocore gives a shape that ShapeKit's service-2 converter renamed (Smithy names must not clash with operations, the service, or each other ignoring case).",
    },
  };
}
