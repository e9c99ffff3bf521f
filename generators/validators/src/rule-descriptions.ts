// One line per `shapekit#` rule and deprecation of the closure, for the generated README: what a
// user of the package can expect to be checked beyond Smithy's traits.

import type { Member, NodeValue, Shape } from "@shapekit/model";
import { deprecation } from "./constraint-traits.js";
import {
  CONTAINS_VALUE,
  LENGTH_WHEN_PRESENT,
  MULTIPLE_OF,
  NOT_GREATER_THAN,
  UNIQUE_BY,
} from "./emit-rules.js";
import type { RuleDescription } from "./package-files.js";

function describe(traitId: string, value: NodeValue): string | undefined {
  const fields =
    value && typeof value === "object" && !Array.isArray(value)
      ? (value as Record<string, NodeValue>)
      : {};
  switch (traitId) {
    case NOT_GREATER_THAN:
      return `not greater than \`${scalarText(value)}\``;
    case MULTIPLE_OF:
      return `a multiple of ${scalarText(value)}`;
    case UNIQUE_BY:
      return `no two items with the same \`${scalarText(value)}\``;
    case CONTAINS_VALUE:
      return `contains ${JSON.stringify(value)} when given`;
    case LENGTH_WHEN_PRESENT:
      return `${scalarText(fields.min ?? 0)} to ${scalarText(fields.max ?? "any number of")} items when \`${scalarText(fields.present)}\` is set`;
    default:
      return undefined;
  }
}

export function ruleDescriptions(shapes: readonly Shape[]): RuleDescription[] {
  const out: RuleDescription[] = [];
  const add = (where: string, traits: ReadonlyMap<string, NodeValue>) => {
    for (const [id, value] of traits) {
      const what = describe(id, value);
      if (what) out.push({ where, what });
    }
  };
  for (const shape of shapes) {
    add(shape.name, shape.traits);
    for (const member of shape.members.values() as Iterable<Member>) {
      if (shape.type !== "structure" && shape.type !== "union") continue;
      add(`${shape.name}.${member.name}`, member.traits);
      const deprecated = deprecation(member.traits);
      if (deprecated)
        out.push({
          where: `${shape.name}.${member.name}`,
          what: `a warning when set (${deprecated})`,
        });
    }
  }
  return out;
}

/** A trait value as text: a scalar as written, anything else (a malformed value) as JSON. */
function scalarText(value: NodeValue | undefined): string {
  return value !== null && typeof value === "object" ? JSON.stringify(value) : String(value);
}
