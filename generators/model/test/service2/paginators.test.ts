// botocore's `paginators-1.json` beside a service-2 model: `@paginated` on each paginated
// operation, `shapekit.botocore#paginator` when botocore says more (several tokens, expressions,
// more_results), its sdk-extras merged, diagnostics with file:line:col and JSON path for bad
// entries, and the same `operationPaginator` answer from an IDL model's `@paginated` (with the
// service's defaults merged, Smithy's rule).
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadModel } from "../../src/load.js";
import { operationPaginator } from "../../src/pagination.js";
import { convertService2 } from "../../src/service2/index.js";
import type { Model } from "../../src/model.js";
import { parseIdl } from "../../src/idl/index.js";
import { resolveModel } from "../../src/resolve.js";

const NS = "com.amazonaws.tiny";

const model = {
  metadata: { apiVersion: "2020-01-01", serviceId: "Tiny", protocol: "json" },
  operations: {
    ListThings: {
      name: "ListThings",
      input: { shape: "ListThingsInput" },
      output: { shape: "ListThingsOutput" },
    },
    ListVersions: {
      name: "ListVersions",
      input: { shape: "ListVersionsInput" },
      output: { shape: "ListThingsOutput" },
    },
  },
  shapes: {
    ListThingsInput: {
      type: "structure",
      members: { NextToken: { shape: "String" }, MaxResults: { shape: "Integer" } },
    },
    ListVersionsInput: {
      type: "structure",
      members: {
        KeyMarker: { shape: "String" },
        VersionMarker: { shape: "String" },
        MaxKeys: { shape: "Integer" },
      },
    },
    ListThingsOutput: {
      type: "structure",
      members: { NextToken: { shape: "String" }, Things: { shape: "Things" } },
    },
    Things: { type: "list", member: { shape: "String" } },
    String: { type: "string" },
    Integer: { type: "integer" },
  },
};
const modelText = JSON.stringify(model, null, 2);

function convert(pagination: unknown, extras?: unknown) {
  return convertService2(modelText, "service-2.json", {
    paginators: {
      file: { text: JSON.stringify(pagination, null, 2), file: "paginators-1.json" },
      ...(extras !== undefined
        ? { extras: [{ text: JSON.stringify(extras), file: "paginators-1.sdk-extras.json" }] }
        : {}),
    },
  });
}

const simple = {
  input_token: "NextToken",
  output_token: "NextToken",
  limit_key: "MaxResults",
  result_key: "Things",
};
const multi = {
  input_token: ["KeyMarker", "VersionMarker"],
  output_token: ["NextKeyMarker", "NextVersionMarker || Things[-1]"],
  limit_key: "MaxKeys",
  result_key: ["Things"],
  more_results: "IsTruncated",
};

describe("paginators-1.json in the service-2 converter", () => {
  it("gives a Smithy-expressible paginator @paginated only", () => {
    const result = convert({ pagination: { ListThings: simple } });
    expect(result.diagnostics).toEqual([]);
    const op = result.loaded!.ast.shapes[`${NS}#ListThings`]!;
    expect(op.traits).toEqual({
      "smithy.api#paginated": {
        inputToken: "NextToken",
        outputToken: "NextToken",
        pageSize: "MaxResults",
        items: "Things",
      },
    });
    expect(result.loaded!.ast.shapes["shapekit.botocore#paginator"]).toBeUndefined();
  });

  it("keeps every token of botocore's config in shapekit.botocore#paginator, with its definition", () => {
    const result = convert({ pagination: { ListVersions: multi } });
    expect(result.diagnostics).toEqual([]);
    const shapes = result.loaded!.ast.shapes;
    expect(shapes[`${NS}#ListVersions`]!.traits).toEqual({
      "smithy.api#paginated": {
        inputToken: "KeyMarker",
        outputToken: "NextKeyMarker",
        pageSize: "MaxKeys",
        items: "Things",
      },
      "shapekit.botocore#paginator": {
        inputToken: ["KeyMarker", "VersionMarker"],
        outputToken: ["NextKeyMarker", "NextVersionMarker || Things[-1]"],
        limitKey: "MaxKeys",
        resultKey: ["Things"],
        moreResults: "IsTruncated",
      },
    });
    expect(shapes["shapekit.botocore#paginator"]!.traits!["smithy.api#trait"]).toEqual({
      selector: "operation",
    });
  });

  it("merges paginators-1.sdk-extras.json as botocore does", () => {
    const result = convert(
      { pagination: { ListThings: simple } },
      { version: 1, merge: { pagination: { ListThings: { non_aggregate_keys: ["Count"] } } } },
    );
    expect(result.diagnostics).toEqual([]);
    expect(
      result.loaded!.ast.shapes[`${NS}#ListThings`]!.traits!["shapekit.botocore#paginator"],
    ).toMatchObject({ nonAggregateKeys: ["Count"] });
  });

  it("warns with file:line:col and JSON path about bad entries and leaves those operations unpaginated", () => {
    const result = convert({
      pagination: {
        ListThings: { input_token: "Nope", output_token: "NextToken" },
        ListVersions: { output_token: 5 },
        Missing: simple,
      },
    });
    expect(result.loaded).toBeDefined();
    expect(
      result.diagnostics.map((d) => [d.severity, d.location.file, d.location.line, d.message]),
    ).toEqual([
      [
        "warning",
        "paginators-1.json",
        3,
        'The paginator of ListThings names "Nope", not a member of its input; the operation is left unpaginated (at pagination.ListThings)',
      ],
      [
        "warning",
        "paginators-1.json",
        7,
        "A paginator needs `input_token` (at pagination.ListVersions)",
      ],
      [
        "warning",
        "paginators-1.json",
        8,
        "`output_token` must be a non-empty string or a list of them (at pagination.ListVersions.output_token)",
      ],
      [
        "warning",
        "paginators-1.json",
        10,
        "The paginator names an operation the model does not have: Missing; it is ignored (at pagination.Missing)",
      ],
    ]);
    for (const name of ["ListThings", "ListVersions"])
      expect(result.loaded!.ast.shapes[`${NS}#${name}`]!.traits).toBeUndefined();
  });

  it("never throws on any paginators document: diagnostics or traits", () => {
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: "small" },
        fc.string(),
        fc.integer(),
        fc.constant(null),
        fc.array(tie("value"), { maxLength: 3 }),
        fc.dictionary(
          fc.constantFrom(
            "input_token",
            "output_token",
            "limit_key",
            "result_key",
            "ListThings",
            "pagination",
            "x",
          ),
          tie("value"),
          { maxKeys: 4 },
        ),
      ),
    })).value;
    fc.assert(
      fc.property(json, (doc) => {
        const result = convert(doc);
        expect(result.loaded).toBeDefined();
        expect(
          result.diagnostics.every(
            (d) => d.severity === "warning" && d.location.file === "paginators-1.json",
          ),
        ).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("a paginators file that is not JSON is a warning; the model still loads", () => {
    const result = convertService2(modelText, "service-2.json", {
      paginators: { file: { text: "{oops", file: "p.json" } },
    });
    expect(result.loaded).toBeDefined();
    expect(result.diagnostics[0]).toMatchObject({
      severity: "warning",
      location: { file: "p.json", line: 1 },
    });
  });

  it("a paginators file without a `pagination` object is a warning where it is; the model still loads", () => {
    for (const [pagination, line] of [
      [[], 1],
      [{ version: 1 }, 1],
      [{ pagination: [] }, 2],
    ] as const) {
      const result = convert(pagination);
      expect(result.loaded).toBeDefined();
      expect(result.diagnostics).toEqual([
        expect.objectContaining({
          severity: "warning",
          location: expect.objectContaining({ file: "paginators-1.json", line }),
          message: expect.stringContaining(
            "A paginators file must be an object with a `pagination` object",
          ),
        }),
      ]);
    }
  });

  it("loadModel reads paginators-1.json beside service-2.json", () => {
    const dir = join(mkdtempSync(join(tmpdir(), "shapekit-pag-")), "tiny", "2020-01-01");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "service-2.json"), modelText);
    writeFileSync(
      join(dir, "paginators-1.json"),
      JSON.stringify({ pagination: { ListVersions: multi } }),
    );
    const { model: loaded, diagnostics } = loadModel([join(dir, "service-2.json")]);
    expect(diagnostics).toEqual([]);
    expect(operationPaginator(loaded!.expectShape(`${NS}#ListVersions`))).toEqual({
      inputTokens: ["KeyMarker", "VersionMarker"],
      outputTokens: ["NextKeyMarker", "NextVersionMarker || Things[-1]"],
      limitKey: "MaxKeys",
      resultKeys: ["Things"],
      moreResults: "IsTruncated",
      nonAggregateKeys: [],
    });
  });
});

describe("operationPaginator over IDL @paginated", () => {
  function idl(text: string): Model {
    const parsed = parseIdl(text, "m.smithy");
    const resolved = resolveModel([parsed.loaded!]);
    expect(resolved.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    return resolved.model!;
  }
  const m = idl(`$version: "2"
namespace ex
@paginated(inputToken: "token", outputToken: "next", pageSize: "size")
service S { operations: [A, B, C] }
@paginated(items: "things")
operation A { input := { token: String, size: Integer } output := { next: String, things: Things } }
@paginated(inputToken: "start", pageSize: "limit")
operation B { input := { start: String, limit: Integer } output := { next: String } }
operation C { input := { token: String } }
list Things { member: String }
`);
  const service = m.expectShape("ex#S");
  it("merges the service's defaults into the operation's @paginated", () => {
    expect(operationPaginator(m.expectShape("ex#A"), service)).toEqual({
      inputTokens: ["token"],
      outputTokens: ["next"],
      limitKey: "size",
      resultKeys: ["things"],
      nonAggregateKeys: [],
    });
    expect(operationPaginator(m.expectShape("ex#B"), service)).toEqual({
      inputTokens: ["start"],
      outputTokens: ["next"],
      limitKey: "limit",
      resultKeys: [],
      nonAggregateKeys: [],
    });
  });
  it("an operation without @paginated is not paginated, whatever the service says", () => {
    expect(operationPaginator(m.expectShape("ex#C"), service)).toBeUndefined();
  });
});
