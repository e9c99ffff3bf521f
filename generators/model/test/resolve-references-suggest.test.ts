// An unresolved name says which defined name was probably meant: the typo is then one glance away.
import { describe, expect, it } from "vitest";
import { parseIdl } from "../src/idl/index.js";
import { resolveModel } from "../src/resolve.js";

function errorsOf(text: string): string[] {
  const parsed = parseIdl(text, "model.smithy");
  const resolved = resolveModel(parsed.loaded ? [parsed.loaded] : []);
  return [...parsed.diagnostics, ...resolved.diagnostics]
    .filter((d) => d.severity === "error")
    .map((d) => d.message);
}

describe("unresolved names suggest the nearest defined one", () => {
  it("suggests a shape of the namespace, or of the prelude", () => {
    const errors = errorsOf(
      '$version: "2.0"\nnamespace a.b\nstructure Order { item: Itme, count: Intger }\nstructure Item {}\n',
    );
    expect(errors).toHaveLength(2);
    expect(errors[0]).toContain("did you mean `Item`?");
    expect(errors[1]).toContain("did you mean `Integer`?");
  });

  it("says nothing when no name is close", () => {
    const [error] = errorsOf('$version: "2.0"\nnamespace a.b\nstructure Order { item: Zebra }\n');
    expect(error).toContain("Unresolved shape `Zebra`");
    expect(error).not.toContain("did you mean");
  });
});
