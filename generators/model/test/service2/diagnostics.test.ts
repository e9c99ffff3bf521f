// Bad service-2.json input: every problem is a diagnostic with a line:column and, for structural
// problems, the JSON path of the node; nothing throws.
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { convertService2 } from "../../src/service2/index.js";

/** A minimal valid document, pretty-printed so that line numbers are predictable. */
function doc(shapes: Record<string, unknown>, operations: Record<string, unknown> = {}): string {
  return JSON.stringify(
    { metadata: { apiVersion: "2020-01-01", serviceId: "Tiny" }, operations, shapes },
    null,
    2,
  );
}

function problems(text: string | Uint8Array) {
  return convertService2(text, "service-2.json").diagnostics.map(
    (d) => `${d.location.line}:${d.location.column} ${d.severity}: ${d.message}`,
  );
}

describe("convertService2 diagnostics", () => {
  it("reports JSON syntax errors at their line:column", () => {
    expect(problems('{\n  "metadata": {,\n}')).toContain(
      "2:16 error: Invalid JSON: value expected",
    );
    expect(problems("")).toEqual(["1:1 error: Invalid JSON: value expected"]);
  });

  it("reports invalid gzip data", () => {
    const broken = gzipSync(Buffer.from("{}")).subarray(0, 12);
    expect(problems(broken)[0]).toMatch(/^1:1 error: Invalid gzip data/);
  });

  it("needs metadata, operations and shapes as objects", () => {
    expect(problems("[]")).toEqual([
      "1:1 error: A service-2.json document must be an object with `metadata`, `operations` and `shapes`",
    ]);
    expect(problems('{"metadata": {}, "operations": {}}')[0]).toContain(
      "needs `shapes` as an object",
    );
    expect(problems('{"metadata": {}, "operations": {}, "shapes": {}}')[0]).toContain(
      "`serviceId`, `signingName` or `endpointPrefix`",
    );
  });

  it("points at the node with its JSON path: unknown targets, types, bad names, bad constraints", () => {
    const text = doc({
      A: {
        type: "structure",
        members: { x: { shape: "Missing" }, "bad-name": { shape: "S" } },
        required: ["y"],
      },
      S: { type: "string", min: "one", enum: [1] },
      T: { type: "character" },
      "not valid": { type: "string" },
      L: { type: "list", member: {} },
    });
    const out = problems(text);
    const line = (needle: string) => text.split("\n").findIndex((l) => l.includes(needle)) + 1;
    expect(out).toEqual(
      expect.arrayContaining([
        `${line('"shape": "Missing"')}:11 error: Unknown shape "Missing" (at shapes.A.members.x.shape)`,
        expect.stringMatching(
          /Invalid member name "bad-name": not a Smithy identifier \(at shapes\.A\.members\["bad-name"\]\)$/,
        ),
        expect.stringMatching(
          /`required` names "y", which is not a member of A \(at shapes\.A\.required\)$/,
        ),
        `${line('"min": "one"')}:7 error: \`min\` must be a number (at shapes.S.min)`,
        expect.stringMatching(/`enum` must be an array of strings \(at shapes\.S\.enum\)$/),
        `${line('"type": "character"')}:7 error: Unknown shape type "character" (expected one of string, blob, boolean, integer, long, float, double, timestamp, structure, list, map) (at shapes.T.type)`,
        expect.stringMatching(
          /Invalid shape name "not valid": not a Smithy identifier \(at shapes\["not valid"\]\)$/,
        ),
        expect.stringMatching(/A shape reference needs a `shape` string \(at shapes\.L\.member\)$/),
      ]),
    );
    expect(out).toHaveLength(8);
  });

  it("reports operation problems: unknown input, an unknown timestamp format; a name shared with a shape is only a warning", () => {
    const out = problems(
      doc(
        {
          S: { type: "structure", members: { t: { shape: "T", timestampFormat: "julian" } } },
          T: { type: "timestamp" },
        },
        { Op: { name: "Op", input: { shape: "Nope" } }, S: { name: "S" } },
      ),
    );
    expect(out.join("\n")).toContain('Unknown shape "Nope" (at operations.Op.input.shape)');
    expect(out.join("\n")).toContain(
      "warning: The shape S has the name of the operation S; Smithy needs them distinct, so the Smithy model calls the shape SShape (member and wire names are unchanged) (at shapes.S)",
    );
    expect(out.join("\n")).toContain('Unknown timestampFormat "julian"');
  });

  it("treats __proto__, constructor and toString as ordinary names", () => {
    // Written as text: a `__proto__` key in an object literal would set the prototype instead.
    const text = `{"metadata": {"apiVersion": "1", "serviceId": "Tiny"}, "operations": {}, "shapes": {
      "__proto__": {"type": "structure", "members": {"constructor": {"shape": "toString"}, "__proto__": {"shape": "toString"}}},
      "toString": {"type": "string", "enum": ["__proto__"]}}}`;
    const result = convertService2(text, "service-2.json");
    expect(result.diagnostics).toEqual([]);
    const shapes = result.loaded!.ast.shapes;
    expect(Object.keys(shapes["com.amazonaws.tiny#__proto__"]!.members!)).toEqual([
      "constructor",
      "__proto__",
    ]);
    expect(Object.keys(shapes["com.amazonaws.tiny#toString"]!.members!)).toEqual(["PROTO"]);
  });
});
