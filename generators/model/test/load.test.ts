import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatCanonicalAst } from "../src/canonical-ast.js";
import { formatDiagnostics } from "../src/diagnostic.js";
import { loadModel } from "../src/load.js";
import { describeDiagnostics } from "./json-models.js";

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "shapekit-load-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const IDL = `$version: "2"
namespace ns

use other#Shared

resource Thing {
    identifiers: { id: String }
}

@mixin
structure Base {
    @required
    name: String
}

/// A thing.
structure ThingSummary for Thing with [Base] {
    $id
    @length(min: 1)
    $name
    shared: Shared
}

apply ThingSummary$name @documentation("The name")
`;

const JSON_AST = JSON.stringify({ smithy: "2.0", shapes: { "other#Shared": { type: "string" } } });

describe("loadModel", () => {
  it("loads every .smithy and .json file below a directory, in sorted order, and resolves them together", () => {
    const dir = tree({
      "b/model.smithy": IDL,
      "a/shared.json": JSON_AST,
      "notes.txt": "not a model",
    });
    const result = loadModel([dir]);
    expect(describeDiagnostics(result.diagnostics)).toEqual([]);
    const summary = result.model!.expectShape("ns#ThingSummary");
    expect([...summary.members.keys()]).toEqual(["name", "id", "shared"]);
    expect(summary.members.get("id")!.target).toBe("smithy.api#String");
    expect(Object.fromEntries(summary.members.get("name")!.traits)).toEqual({
      "smithy.api#required": {},
      "smithy.api#length": { min: 1 },
      "smithy.api#documentation": "The name",
    });
    expect(summary.traits.get("smithy.api#documentation")).toBe("A thing.");
    expect(result.model!.shape("ns#Base")).toBeUndefined();
    expect(formatCanonicalAst(result.model!)).toMatchSnapshot();
  });

  it("binds an operation's inline input and output to a resource with `for`", () => {
    const dir = tree({
      "model.smithy": `$version: "2"
namespace ns

resource Thing {
    identifiers: { id: String }
    properties: { name: String }
    operations: [Rename]
}

@mixin
structure Audit { by: String }

operation Rename {
    input := for Thing {
        @required
        $id
        $name
    }
    output := @sensitive
        for Thing with [Audit] {
            $name
        }
}
`,
    });
    const result = loadModel([dir]);
    expect(describeDiagnostics(result.diagnostics)).toEqual([]);
    const input = result.model!.expectShape("ns#RenameInput");
    expect([...input.members].map(([name, m]) => [name, m.target])).toEqual([
      ["id", "smithy.api#String"],
      ["name", "smithy.api#String"],
    ]);
    const output = result.model!.expectShape("ns#RenameOutput");
    expect([...output.members.keys()]).toEqual(["by", "name"]);
    expect([...output.traits.keys()]).toEqual(["smithy.api#sensitive", "smithy.api#output"]);
  });

  it("reports resolution errors with source text for carets", () => {
    const dir = tree({ "bad.smithy": '$version: "2"\nnamespace ns\nstructure A { a: Nope }\n' });
    const result = loadModel([join(dir, "bad.smithy")]);
    expect(result.model).toBeUndefined();
    expect(
      result.diagnostics.map((d) => [
        d.location.file.slice(dir.length + 1),
        d.location.line,
        d.code,
      ]),
    ).toEqual([["bad.smithy", 3, "unresolved-shape"]]);
    const text = formatDiagnostics(result.diagnostics, result.sourceText);
    expect(text).toContain("structure A { a: Nope }\n                   ^");
  });

  it("reports a missing path as a diagnostic, not an exception", () => {
    const result = loadModel([join(tmpdir(), "shapekit-does-not-exist", "model.json")]);
    expect(result.model).toBeUndefined();
    expect(result.diagnostics.map((d) => [d.code, d.location.line, d.message])).toEqual([
      ["io", 1, expect.stringContaining("ENOENT")],
    ]);
  });

  it("does not resolve files that failed to parse (no follow-on errors)", () => {
    const dir = tree({
      "a.json": '{"smithy": "2.0", "shapes": {',
      "b.smithy": '$version: "2"\nnamespace ns\nstructure B { b: Missing }\n',
    });
    const result = loadModel([dir]);
    expect(result.diagnostics.every((d) => d.location.file.endsWith("a.json"))).toBe(true);
  });
});
