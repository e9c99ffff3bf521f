// One spelling for things Smithy allows two ways, so that emitters and the canonical AST see a
// single form: a `set` is a `list` with `@uniqueItems` (the 2.0 meaning of the deprecated type),
// an enum member without `@enumValue` gets its name as value (what the spec says it means), and
// an operation without `input` or `output` has `smithy.api#Unit` there (its 2.0 meaning).

import { getOwn, setOwn } from "../record.js";
import type { ResolveContext } from "./context.js";

export function normalizeShapes(ctx: ResolveContext): void {
  for (const entry of ctx.shapes.values()) {
    const ast = entry.ast;
    if (ast.type === "set") {
      ast.type = "list";
      const traits = (ast.traits ??= {});
      if (!Object.hasOwn(traits, "smithy.api#uniqueItems"))
        setOwn(traits, "smithy.api#uniqueItems", {});
    }
    if (ast.type === "operation") {
      ast.input ??= { target: "smithy.api#Unit" };
      ast.output ??= { target: "smithy.api#Unit" };
    }
    if (ast.type === "enum") {
      for (const [name, member] of Object.entries(ast.members ?? {})) {
        const traits = (member.traits ??= {});
        if (getOwn(traits, "smithy.api#enumValue") === undefined)
          setOwn(traits, "smithy.api#enumValue", name);
      }
    }
  }
}
