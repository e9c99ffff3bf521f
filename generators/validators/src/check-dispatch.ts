// Which emitter writes the check function of a shape, by its kind: shared by the package
// emitter and the in-memory check program so both always validate alike.

import type { Shape } from "@shapekit/model";
import type { CheckContext } from "./check-context.js";
import type { CheckFunction } from "./check-function.js";
import { code } from "@shapekit/generated-package";
import { listCheck } from "./emit-list.js";
import { mapCheck } from "./emit-map.js";
import { scalarCheck } from "./emit-scalar.js";
import { structureCheck } from "./emit-structure.js";
import { unionCheck } from "./emit-union.js";

/**
 * The check function of one validated shape. `scalarDoc` is the TSDoc of a constrained scalar's
 * check (aggregates document themselves); programs that are never read pass `""`.
 */
export function checkFunction(ctx: CheckContext, shape: Shape, scalarDoc: string): CheckFunction {
  switch (shape.type) {
    case "structure":
      return structureCheck(ctx, shape);
    case "union":
      return unionCheck(ctx, shape);
    case "list":
    case "set":
      return listCheck(ctx, shape);
    case "map":
      return mapCheck(ctx, shape);
    default:
      return {
        name: ctx.names.get(shape.id)!.check,
        doc: scalarDoc,
        body: scalarCheck(ctx, shape, shape.traits, code`v`, code`p`),
      };
  }
}
