import { describe, expect, it } from "vitest";
import { describeDiagnostics, errors, resolveDocs } from "./json-models.js";

const string = (id: string, traits?: Record<string, unknown>) => ({
  smithy: "2.0",
  shapes: { [id]: traits ? { type: "string", traits } : { type: "string" } },
});

describe("merging files", () => {
  it("accepts the same shape defined identically in two files", () => {
    const result = resolveDocs(
      string("ns#A", { "smithy.api#documentation": "x" }),
      string("ns#A", { "smithy.api#documentation": "x" }),
    );
    expect(result.diagnostics).toEqual([]);
    expect(result.model?.shape("ns#A")?.traits.get("smithy.api#documentation")).toBe("x");
  });

  it("rejects conflicting definitions, naming both locations", () => {
    const result = resolveDocs(string("ns#A"), {
      smithy: "2.0",
      shapes: { "ns#A": { type: "integer" } },
    });
    expect(result.model).toBeUndefined();
    expect(describeDiagnostics(result.diagnostics)).toEqual([
      "b.json:4:5 error Shape ns#A is defined twice with different content: here and at a.json:4:5",
    ]);
  });

  it("rejects redefining a prelude shape differently", () => {
    const result = resolveDocs({
      smithy: "2.0",
      shapes: { "smithy.api#String": { type: "integer" } },
    });
    expect(errors(result.diagnostics)[0]?.message).toMatch(/smithy.api#String is defined twice/);
  });

  it("concatenates metadata arrays, keeps equal values and reports conflicts", () => {
    const result = resolveDocs(
      { smithy: "2.0", metadata: { list: [1], same: { a: 1, b: 2 }, scalar: "x" }, shapes: {} },
      { smithy: "2.0", metadata: { list: [2, 3], same: { b: 2, a: 1 }, scalar: "y" }, shapes: {} },
    );
    expect(describeDiagnostics(result.diagnostics)).toEqual([
      "b.json:12:5 error Metadata `scalar` conflicts with the value defined at a.json:11:5; only arrays merge",
    ]);
    const ok = resolveDocs(
      { smithy: "2.0", metadata: { list: [1], same: { a: 1, b: 2 } }, shapes: {} },
      { smithy: "2.0", metadata: { list: [2, 3], same: { b: 2, a: 1 } }, shapes: {} },
    );
    expect(ok.model?.metadata.get("list")).toEqual([1, 2, 3]);
    expect(ok.model?.metadata.get("same")).toEqual({ a: 1, b: 2 });
  });

  it("includes the prelude in the model, but not in ownShapes", () => {
    const { model } = resolveDocs(string("ns#A"));
    expect(model?.shape("smithy.api#String")?.type).toBe("string");
    expect(model?.shape("smithy.api#PrimitiveInteger")?.traits.get("smithy.api#default")).toBe(0);
    expect(model?.shape("smithy.api#required")?.traits.has("smithy.api#trait")).toBe(true);
    expect(model?.ownShapes().map((s) => s.id)).toEqual(["ns#A"]);
  });

  it("returns diagnostics sorted by file, line and column", () => {
    const result = resolveDocs({
      smithy: "2.0",
      shapes: {
        "ns#Z": { type: "list", member: { target: "ns#Missing" } },
        "ns#A": { type: "list", member: { target: "ns#Gone" } },
      },
    });
    expect(describeDiagnostics(result.diagnostics).map((d) => d.split(" ")[0])).toEqual([
      "a.json:6:7",
      "a.json:12:7",
    ]);
  });
});
