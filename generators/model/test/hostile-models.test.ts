// Models built to exhaust the loader: each must come back as a diagnostic at its place, never as
// a stack overflow, an "internal error" or gigabytes of memory.
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { loadJsonAst } from "../src/json-ast-loader.js";
import { MAX_JSON_DEPTH, nestingPast } from "../src/json-nesting.js";
import { parseIdlFile } from "../src/idl/idl-parser.js";
import { resolveModel } from "../src/resolve.js";
import { MAX_SHAPE_DEPTH } from "../src/resolve/validate-nesting.js";
import { convertService2 } from "../src/service2/index.js";
import { decodeModelBytes } from "../src/service2/model-bytes.js";
import { describeDiagnostics } from "./json-models.js";

/** `[` × n, `"X"` where the value goes, `]` × n. */
const nestedArrays = (n: number) => `${"[".repeat(n)}${"]".repeat(n)}`;

describe("JSON nested deeper than a model ever is", () => {
  it("is measured in one pass, brackets inside strings not counted", () => {
    expect(nestingPast(`{"a": [[1]]}`, 3)).toBeUndefined();
    expect(nestingPast(`{"a": [[1]]}`, 2)).toBe(7);
    expect(nestingPast(`{"a": "[[[[\\"[[["}`, 1)).toBeUndefined();
  });

  it("is refused at its place in a JSON AST", () => {
    const text = JSON.stringify({
      smithy: "2.0",
      shapes: { "ns#A": { type: "string", traits: { "smithy.api#documentation": "X" } } },
    }).replace('"X"', nestedArrays(100_000));
    const { loaded, diagnostics } = loadJsonAst(text, "m.json");
    expect(loaded).toBeUndefined();
    expect(describeDiagnostics(diagnostics)).toEqual([
      // Four objects hold the value (the file, `shapes`, the shape, `traits`): the array one
      // level too deep is the (MAX_JSON_DEPTH - 3)th; columns count from 1.
      `m.json:1:${text.indexOf("[") + MAX_JSON_DEPTH - 4 + 1} error JSON nests arrays and objects more than ${MAX_JSON_DEPTH} levels deep`,
    ]);
  });

  it("is refused in a service-2.json too", () => {
    const text = JSON.stringify({
      version: "2.0",
      metadata: { apiVersion: "2020-01-01", protocol: "json", serviceId: "Deep" },
      operations: {},
      shapes: { A: { type: "structure", members: {}, documentation: "X" } },
    }).replace('"X"', nestedArrays(100_000));
    const result = convertService2(text, "service-2.json");
    expect(result.loaded).toBeUndefined();
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      `JSON nests arrays and objects more than ${MAX_JSON_DEPTH} levels deep`,
    ]);
  });

  it("still loads at the limit", () => {
    const text = JSON.stringify({
      smithy: "2.0",
      shapes: {
        "ns#t": { type: "document", traits: { "smithy.api#trait": {} } },
        "ns#A": { type: "string", traits: { "ns#t": "X" } },
      },
    }).replace('"X"', nestedArrays(MAX_JSON_DEPTH - 4));
    expect(loadJsonAst(text, "m.json").diagnostics).toEqual([]);
  });
});

/** `Final` with mixin `M0`, `M0` with mixin `M1`, … to `M{length}`: each adds a member. */
function mixinChain(length: number): string {
  let text = `$version: "2.0"\nnamespace ns\n`;
  for (let i = 0; i < length; i++)
    text += `@mixin\nstructure M${i} with [M${i + 1}] { f${i}: String }\n`;
  return `${text}@mixin\nstructure M${length} {}\nstructure Final with [M0] {}\n`;
}

describe("a chain of mixins thousands long", () => {
  it("is an error at the shape where it passes the limit, not a stack overflow", () => {
    const { loaded } = parseIdlFile(mixinChain(5_000), "m.smithy");
    const errors = resolveModel([loaded!]).diagnostics.filter((d) => d.severity === "error");
    expect(errors.map((d) => d.message)).toEqual([
      "Mixins nest more than 256 levels deep (at ns#M256): a shape's mixins, their mixins and so on may not go deeper",
    ]);
  });

  it("loads when it is long but within the limit", () => {
    const { loaded } = parseIdlFile(mixinChain(200), "m.smithy");
    const { model, diagnostics } = resolveModel([loaded!]);
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(Object.keys(model!.expectShape("ns#Final").ast.members ?? {})).toHaveLength(200);
  });
});

describe("a gzip bomb", () => {
  it("is refused once it expands past the limit, before it takes the memory", () => {
    const bomb = gzipSync(Buffer.alloc(2_000_000));
    expect(bomb.length).toBeLessThan(10_000);
    expect(decodeModelBytes(bomb, 1_000_000)).toEqual({
      ok: false,
      message: "the gzip data expands to more than 1000000 bytes, more than any model",
    });
    expect(decodeModelBytes(bomb).ok).toBe(true);
  });
});

describe("shapes nested thousands of levels deep", () => {
  /** Lists `L0` … `L{n-1}`, each of the next, the last of strings. */
  const nestedLists = (n: number) => {
    let text = `$version: "2.0"\nnamespace ns\n`;
    for (let i = 0; i < n; i++) text += `list L${i} { member: L${i + 1} }\n`;
    return `${text}list L${n} { member: String }\n`;
  };
  const errorsOf = (text: string) => {
    const { loaded } = parseIdlFile(text, "m.smithy");
    return describeDiagnostics(
      resolveModel([loaded!]).diagnostics.filter((d) => d.severity === "error"),
    );
  };

  it("are refused where the chain passes the limit, walked without recursion", () => {
    // Levels are member targets: L{n} is 1 deep (its strings), L{n-2048} the first past 2,048
    // (on line 3 + 17952, at its name).
    expect(errorsOf(nestedLists(20_000))).toEqual([
      "m.smithy:17955:6 error Shapes nest more than 2048 levels deep below ns#L17952: a member targets a shape whose member targets a shape, 2049 times over; code that walks such a value recurses that deep",
    ]);
  });

  it("load up to the limit, and recursive shapes count once around their cycle", () => {
    expect(errorsOf(nestedLists(MAX_SHAPE_DEPTH - 1))).toEqual([]);
    expect(errorsOf(nestedLists(MAX_SHAPE_DEPTH))).toHaveLength(1);
    expect(
      errorsOf(
        `$version: "2.0"\nnamespace ns\nstructure Tree { children: Trees }\nlist Trees { member: Tree }\n`,
      ),
    ).toEqual([]);
  });
});
