// Shape names that differ only in case (EC2's `MaxResults`/`maxResults`): botocore accepts them,
// Smithy does not. The converter renames the later shape, warns with its JSON path, and the
// model resolves with every reference pointing at the right shape.
import { describe, expect, it } from "vitest";
import { resolveModel } from "../../src/resolve.js";
import { BOTOCORE_SHAPE_NAME_TRAIT, convertService2 } from "../../src/service2/index.js";

const NS = "com.amazonaws.casey";

function document(shapes: Record<string, unknown>, operations: Record<string, unknown> = {}) {
  return JSON.stringify({
    version: "2.0",
    metadata: {
      apiVersion: "2024-01-01",
      protocol: "json",
      serviceId: "Casey",
      endpointPrefix: "casey",
    },
    operations: { Get: { name: "Get", input: { shape: "GetInput" } }, ...operations },
    shapes,
  });
}

function convertAndResolve(text: string) {
  const converted = convertService2(text, "service-2.json");
  const resolved = resolveModel([converted.loaded!]);
  return { converted, resolved };
}

describe("shape names that differ only in case", () => {
  const text = document({
    GetInput: {
      type: "structure",
      members: {
        Big: { shape: "MaxResults" },
        Small: { shape: "maxResults" },
        Third: { shape: "MAXRESULTS" },
      },
    },
    MaxResults: { type: "integer", max: 100 },
    maxResults: { type: "integer", max: 5 },
    MAXRESULTS: { type: "string" },
    maxResults2: { type: "boolean" },
  });

  it("keep the first spelling, rename each later one, and warn with its JSON path", () => {
    const { converted, resolved } = convertAndResolve(text);
    expect(resolved.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const warnings = converted.diagnostics.filter((d) =>
      d.message.includes("differs only in case"),
    );
    expect(
      warnings.map((d) => [
        d.severity,
        d.message.match(/named (\w+)/)![1],
        d.message.match(/\(at (.+)\)$/)![1],
      ]),
    ).toEqual([
      ["warning", "maxResults3", "shapes.maxResults"],
      ["warning", "MAXRESULTS4", "shapes.MAXRESULTS"],
    ]);
    const input = resolved.model!.shape(`${NS}#GetInput`)!;
    const targets = Object.fromEntries([...input.members.values()].map((m) => [m.name, m.target]));
    expect(targets).toEqual({
      Big: `${NS}#MaxResults`,
      Small: `${NS}#maxResults3`,
      Third: `${NS}#MAXRESULTS4`,
    });
    expect(resolved.model!.shape(`${NS}#maxResults3`)!.type).toBe("integer");
    expect(resolved.model!.shape(`${NS}#maxResults2`)!.type).toBe("boolean");
  });

  it("keep botocore's name of a renamed shape in a trait (output skeletons show it)", () => {
    const { resolved } = convertAndResolve(text);
    const model = resolved.model!;
    const botocoreName = (name: string) =>
      model.shape(`${NS}#${name}`)!.traits.get(BOTOCORE_SHAPE_NAME_TRAIT);
    expect(botocoreName("maxResults3")).toBe("maxResults");
    expect(botocoreName("MAXRESULTS4")).toBe("MAXRESULTS");
    expect(botocoreName("MaxResults")).toBeUndefined();
    expect(botocoreName("maxResults2")).toBeUndefined();
  });

  it("never renames an operation: a shape folding to an operation's name gives way", () => {
    const { converted, resolved } = convertAndResolve(
      document({ GetInput: { type: "structure", members: {} }, get: { type: "string" } }),
    );
    expect(resolved.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(converted.diagnostics.map((d) => d.message).join("\n")).toContain(
      "Shape get differs only in case from Get",
    );
    expect(resolved.model!.shape(`${NS}#Get`)!.type).toBe("operation");
  });
});
