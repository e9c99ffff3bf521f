// Member rules of aggregate shapes: lists have `member`, maps `key` (a string) and `value`;
// enums and intEnums have at least one member, every member targets `smithy.api#Unit`, and the
// values are of the right kind and unique.

import { getOwn } from "../record.js";
import { pointer } from "../source-location.js";
import type { ResolveContext } from "./context.js";
import { isMixin } from "./mixins.js";

const ENUM_VALUE = "smithy.api#enumValue";

export function validateMembers(ctx: ResolveContext): void {
  for (const entry of ctx.shapes.values()) {
    const ast = entry.ast;
    if (isMixin(ast)) continue;
    const id = entry.id;
    if (ast.type === "list" && !ast.member) {
      ctx.error("missing-member", `Missing required member of shape ${id}: member`, entry.location);
    }
    if (ast.type === "map") {
      for (const name of ["key", "value"] as const) {
        if (!ast[name])
          ctx.error(
            "missing-member",
            `Missing required member of shape ${id}: ${name}`,
            entry.location,
          );
      }
      const key = ast.key && ctx.shapes.get(ast.key.target);
      if (key && key.ast.type !== "string" && key.ast.type !== "enum") {
        ctx.error(
          "map-key",
          `The key of map ${id} must target a string shape, not the ${key.ast.type} ${ast.key!.target}`,
          ctx.locate(pointer.member(id, "key"), entry.location),
        );
      }
    }
    if (ast.type !== "enum" && ast.type !== "intEnum") continue;
    const members = Object.entries(ast.members ?? {});
    if (members.length === 0) {
      ctx.error("empty-enum", `${ast.type} ${id} must have at least one member`, entry.location);
    }
    const seen = new Map<unknown, string>();
    for (const [name, m] of members) {
      const memberId = pointer.member(id, name);
      const at = ctx.locate(memberId, entry.location);
      if (m.target !== "smithy.api#Unit") {
        ctx.error(
          "enum-member-target",
          `${ast.type} member ${memberId} must target smithy.api#Unit, not ${m.target}`,
          at,
        );
      }
      const value = getOwn(m.traits, ENUM_VALUE);
      if (ast.type === "enum") {
        if (typeof value !== "string") {
          ctx.error(
            "enum-value",
            `${memberId}: enum members can only be assigned string values, but found: ${JSON.stringify(value)}`,
            at,
          );
          continue;
        }
        if (value === "")
          ctx.error("enum-value", `${memberId}: enum values cannot be empty strings`, at);
      } else if (value === undefined) {
        ctx.error("enum-value", `${memberId}: intEnum members require an @enumValue`, at);
        continue;
      } else if (typeof value !== "number") {
        ctx.error(
          "enum-value",
          `${memberId}: intEnum members require integer values, but found: ${JSON.stringify(value)}`,
          at,
        );
        continue;
      } else if (!Number.isInteger(value)) {
        ctx.error(
          "enum-value",
          `${memberId}: intEnum members do not support floating point values, but found: ${value}`,
          at,
        );
        continue;
      } else if (value < -2147483648 || value > 2147483647) {
        ctx.error(
          "enum-value",
          `${memberId}: intEnum members must fit within an integer, but found: ${value}`,
          at,
        );
        continue;
      }
      const other = seen.get(value);
      if (other !== undefined)
        ctx.error(
          "enum-value",
          `${memberId}: the value ${JSON.stringify(value)} is already used by ${other}`,
          at,
        );
      else seen.set(value, memberId);
    }
  }
}
