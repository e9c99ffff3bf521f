// The botocore name of a shape the converter had to rename (name-clashes.ts, case-clashes.ts),
// or of the `SynthesizedJson<Name>` copy it makes for `jsonvalue` members; and the botocore name
// of the service (its data folder, the AWS CLI's command: `iot-data`, not `IoT Data Plane`).
// The Smithy name must change, but the AWS CLI does show shape names in one place: an output
// skeleton writes a list of strings as `["<member shape name>"]` (Backup's `string` list,
// renamed `string2` beside `String`). The trait keeps the botocore name for that.

import type { AstShape } from "../ast.js";
import type { ConversionContext } from "./context.js";

/** `shapekit.botocore#shapeName`: the shape's name in the service-2.json it came from. */
export const BOTOCORE_SHAPE_NAME_TRAIT = "shapekit.botocore#shapeName";

/** `shapekit.botocore#serviceName`: the service's name in botocore (its data folder). */
export const BOTOCORE_SERVICE_NAME_TRAIT = "shapekit.botocore#serviceName";

/** Marks the service shape with the name botocore and the AWS CLI know the service by. */
export function markBotocoreServiceName(
  name: string,
  service: AstShape,
  ctx: ConversionContext,
): void {
  service.traits = { ...service.traits, [BOTOCORE_SERVICE_NAME_TRAIT]: name };
  ctx.shapes[BOTOCORE_SERVICE_NAME_TRAIT] = {
    type: "string",
    traits: {
      "smithy.api#trait": { selector: "service" },
      "smithy.api#documentation":
        "The name botocore knows the service by: the folder of its data that the model came from, which is also the AWS CLI's command for it (`aws iot-data`).",
    },
  };
}

/** Marks `converted` (the shape botocore calls `name`) with its botocore name, when renamed. */
export function keepBotocoreName(name: string, converted: AstShape, ctx: ConversionContext): void {
  if ((ctx.renamedShapes.get(name) ?? name) !== name) markBotocoreName(name, converted, ctx);
}

/** Marks `shape` as the one botocore calls `name` (a renamed shape, or a converter's copy). */
export function markBotocoreName(name: string, shape: AstShape, ctx: ConversionContext): void {
  shape.traits = { ...shape.traits, [BOTOCORE_SHAPE_NAME_TRAIT]: name };
  // Defined in every converted file that uses it: identical definitions merge (Smithy's rule).
  ctx.shapes[BOTOCORE_SHAPE_NAME_TRAIT] = {
    type: "string",
    traits: {
      "smithy.api#trait": {},
      "smithy.api#documentation":
        "The name botocore gives a shape that ShapeKit's service-2 converter renamed (Smithy names must not clash with operations, the service, or each other ignoring case) or copied (the SynthesizedJson copies jsonvalue members target).",
    },
  };
}
