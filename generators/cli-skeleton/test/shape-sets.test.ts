// Shapes several operations reach are written once per package (src/shapes/), and each
// operation's description, put back together by the runtime, is the one the model gives.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describeOperation } from "@shapekit/cli";
import { loadModel } from "@shapekit/model";
import { describe, expect, it } from "vitest";
import { emitContextFor } from "../../../test/support/emit-context.js";
import { emitCliSkeleton, operationDescription } from "../src/index.js";
import { MIN_SAVED_BYTES, splitDescriptions } from "../src/shape-sets.js";

// Documentation long enough that writing Settings and ThingName once saves more than
// MIN_SAVED_BYTES; smithy.api#Unit (three operations' output) is too small to save as much.
const MODEL = `$version: "2"
namespace example.shared

service Shared { version: "1", operations: [CreateThing, UpdateThing, DeleteThing, Ping] }

/// A thing's name. ${"Names are unique. ".repeat(400)}
@length(min: 1, max: 63)
string ThingName

/// Settings a thing is created and updated with. ${"They can change. ".repeat(800)}
structure Settings {
    /// How many.
    @range(min: 1)
    count: Integer
    @required
    tags: TagList
}

list TagList { member: Tag }

structure Tag { @required key: String, value: String }

operation CreateThing {
    input := { @required name: ThingName, settings: Settings, dryRun: Boolean }
    output := { name: ThingName }
}

operation UpdateThing {
    input := { @required name: ThingName, settings: Settings }
}

/// Deletes a thing.
operation DeleteThing {
    input := { @required name: ThingName }
}

operation Ping {}
`;

function emitted() {
  const dir = mkdtempSync(join(tmpdir(), "shapekit-shared-"));
  const file = join(dir, "model.smithy");
  writeFileSync(file, MODEL);
  const loaded = loadModel([file]);
  if (!loaded.model) throw new Error(JSON.stringify(loaded.diagnostics));
  const context = emitContextFor(loaded.model, {
    kind: "cli-skeleton",
    kinds: ["cli-skeleton"],
    service: "example.shared#Shared",
    npmScope: "@example",
    name: "shared-{kind}",
    version: "1.0.0",
    sourceDescription: "fixture (example.shared#Shared)",
  });
  const descriptions = context.operations.map((op) =>
    operationDescription(context.model, context.service, op),
  );
  return { files: emitCliSkeleton(context), descriptions };
}

const { files, descriptions } = emitted();

describe("shared shape sets", () => {
  it("writes each shape once (in one operation's own part or one shape set), unless small", () => {
    const ts = files.filter((f) => f.path.startsWith("src/") && f.path.endsWith(".ts"));
    expect(ts.map((f) => f.path).filter((p) => p.startsWith("src/shapes/"))).toEqual([
      "src/shapes/Settings.ts",
      "src/shapes/ThingName.ts",
    ]);
    const keys = new Set(descriptions.flatMap((d) => Object.keys(d.shapes)));
    for (const key of keys) {
      const declaring = ts.filter((f) =>
        // `    Key: {` opens an expanded shape, `    Key: { type: … },` a one-line one.
        new RegExp(`^ {4}"?${key.replace(/[.#]/g, "\\$&")}"?: \\{`, "m").test(f.contents),
      );
      expect(
        declaring.map((f) => f.path),
        key,
      ).toEqual(
        key === "smithy.api#Unit"
          ? [
              "src/descriptions/delete-thing.ts",
              "src/descriptions/ping.ts",
              "src/descriptions/update-thing.ts",
            ]
          : [expect.any(String)],
      );
    }
    const settings = files.find((f) => f.path === "src/shapes/Settings.ts")!.contents;
    expect(settings).toContain("Shapes that 2 operations reach (`create-thing`, `update-thing`)");
    const create = files.find((f) => f.path === "src/descriptions/create-thing.ts")!.contents;
    expect(create).toContain('import { shapes as __shapes1 } from "../shapes/Settings.js";');
    expect(create).toContain(
      "export const parts: __CliOperationParts = [own, __shapes1, __shapes2];",
    );
    // Types only from the runtime: the root loads every description without resolving it.
    expect(create).toContain("import type {");
    expect(create).not.toMatch(/^import \{[^}]*\} from "@shapekit\/cli"/m);
    const index = files.find((f) => f.path === "src/index.ts")!.contents;
    expect(index).toContain('import { parts as $1 } from "./descriptions/create-thing.js";');
    expect(index).toContain(
      "const createThing: __CliOperationDescription = __describeOperation($1);",
    );
    // `required: false` is the runtime's default, written only in the descriptor's own type.
    expect(create).not.toContain("required: false");
  });

  it.each([
    [
      0,
      [
        ["create-thing", "update-thing"],
        ["create-thing", "delete-thing", "update-thing"],
        ["delete-thing", "ping", "update-thing"],
      ],
    ],
    [
      MIN_SAVED_BYTES,
      [
        ["create-thing", "update-thing"],
        ["create-thing", "delete-thing", "update-thing"],
      ],
    ],
  ])(
    "gives back each operation's description as the model gives it (sets saving ≥ %i bytes)",
    (minSavedBytes, sets) => {
      const split = splitDescriptions(descriptions, minSavedBytes);
      expect(split.sets.map((s) => s.operations)).toEqual(sets);
      descriptions.forEach((d, i) => {
        const { own, shared } = split.operations[i]!;
        const rebuilt = describeOperation([own, ...shared.map((s) => split.sets[s]!.data)]);
        expect(rebuilt).toEqual(d);
        expect(JSON.stringify(rebuilt)).toBe(JSON.stringify(d));
      });
    },
  );
});
