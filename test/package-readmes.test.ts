// The READMEs of the four generated packages describe the model they were generated from: the
// example of an operation's entry point is one of its own operations (never SageMaker's, which
// the templates were first written for), and counts read as English ("1 option").
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { formatDiagnostics, loadModel, type Emitter, type Model } from "@shapekit/model";
import { afterAll, describe, expect, it } from "vitest";
import { emitCliSkeleton } from "../generators/cli-skeleton/src/index.js";
import { emitShorthand } from "../generators/shorthand/src/index.js";
import { emitTypes } from "../generators/types/src/index.js";
import { emitValidators } from "../generators/validators/src/index.js";
import { emitContextFor, type PackageKind } from "./support/emit-context.js";

const EMITTERS: ReadonlyArray<[PackageKind, Emitter]> = [
  ["types", emitTypes],
  ["validators", emitValidators],
  ["shorthand", emitShorthand],
  ["cli-skeleton", emitCliSkeleton],
];

const dir = mkdtempSync(path.join(os.tmpdir(), "shapekit-readmes-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function modelOf(smithy: string): Model {
  const folder = mkdtempSync(path.join(dir, "model-"));
  writeFileSync(path.join(folder, "model.smithy"), smithy);
  const result = loadModel([folder]);
  if (!result.model) throw new Error(formatDiagnostics(result.diagnostics, result.sourceText));
  return result.model;
}

function readmes(model: Model, operations?: readonly string[]): Map<PackageKind, string> {
  const out = new Map<PackageKind, string>();
  for (const [kind, emit] of EMITTERS) {
    const files = emit(emitContextFor(model, { kind, ...(operations ? { operations } : {}) }));
    out.set(kind, files.find((f) => f.path === "README.md")!.contents);
  }
  return out;
}

const shelf = modelOf(`$version: "2.0"
namespace example.shelf

service Shelf {
    operations: [PutBook, ListBooks, Ping]
}

operation PutBook {
    input := {
        @required
        Title: BookTitle
        Pages: Integer
    }
}

operation ListBooks {
    input := {
        Prefix: BookTitle
    }
}

operation Ping {
    input := {
        Note: String
    }
}

@length(min: 1, max: 64)
string BookTitle
`);

describe("generated package READMEs", () => {
  it("give an operation of the model as the example of an operation's entry point", () => {
    for (const operation of ["ListBooks", "PutBook"]) {
      for (const [kind, text] of readmes(shelf, [operation])) {
        expect({
          kind,
          example: /\(the Smithy operation name, e\.g\. `(\w+)`/.exec(text)?.[1],
        }).toEqual({
          kind,
          example: operation,
        });
        expect(text).not.toContain("CreateEndpointConfig");
      }
    }
  });

  it("count a command's options in English", () => {
    const shorthand = readmes(shelf).get("shorthand")!;
    expect(shorthand).toContain("- `list-books` (ListBooks): 1 option\n");
    expect(shorthand).toContain("- `put-book` (PutBook): 2 options\n");
  });

  it("count the validators in English", () => {
    // Ping's input has no constrained member: its own validator is the only one.
    expect(readmes(shelf, ["Ping"]).get("validators")).toContain("\n1 validator: `PingInput`.\n");
    expect(readmes(shelf, ["ListBooks"]).get("validators")).toContain(
      "\n2 validators: `BookTitle`, `ListBooksInput`.\n",
    );
  });
});
