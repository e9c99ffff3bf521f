// Two operations with one input structure (DynamoDB's Enable/DisableKinesisStreamingDestination
// share KinesisStreamingDestinationInput): one JSON Schema file, listed once in `exports`.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseManifest } from "../../../test/support/json-documents.js";
import { emitValidators } from "../src/index.js";
import { emitContextFor, fixtureModel } from "./fixture-model.js";

const dir = mkdtempSync(path.join(os.tmpdir(), "shapekit-shared-input-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MODEL = `$version: "2.0"
namespace example.shared

service Streams {
    operations: [EnableStream, DisableStream, DescribeStream]
}

operation EnableStream {
    input: StreamInput
}

operation DisableStream {
    input: StreamInput
}

operation DescribeStream {
    input := {
        @required
        StreamName: String
    }
}

structure StreamInput {
    @required
    @length(min: 1)
    StreamName: String
}
`;

describe("operations sharing an input", () => {
  it("get one schema file and one exports entry for it", () => {
    writeFileSync(path.join(dir, "model.smithy"), MODEL);
    const files = emitValidators(emitContextFor(fixtureModel(dir)));
    const paths = files.map((f) => f.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths.filter((p) => p.startsWith("schemas/")).sort()).toEqual([
      "schemas/DescribeStreamInput.schema.json",
      "schemas/StreamInput.schema.json",
    ]);
    const text = files.find((f) => f.path === "package.json")!.contents;
    // JSON.parse would quietly keep one of two equal keys: count them in the text.
    expect(text.split('"./schemas/StreamInput.schema.json":').length - 1).toBe(1);
    const manifest = parseManifest(text);
    const schemaExports = Object.keys(manifest.exports ?? {}).filter((k) =>
      k.startsWith("./schemas/"),
    );
    expect(schemaExports.sort()).toEqual([
      "./schemas/DescribeStreamInput.schema.json",
      "./schemas/StreamInput.schema.json",
    ]);
  });
});
