import { describe, expect, it } from "vitest";
import { diffModels } from "../../src/diff/index.js";
import { changes, fullChanges, model } from "./models.js";

describe("diffModels: shapes", () => {
  it("finds nothing between equal models", () => {
    const text = "structure A { @required a: String, b: Integer }\nstring S";
    expect(diffModels(model(text), model(text))).toEqual([]);
  });

  it("reports an added shape as safe", () => {
    expect(changes("string A", "string A\nstructure B { x: String }")).toEqual([
      "safe ns#B AddedShape",
    ]);
  });

  it("reports removing an aggregate or operation as breaking, a plain scalar as dangerous, a @private shape not at all", () => {
    const before =
      "structure A {}\noperation Op {}\nstring S\ninteger I\nenum E { X }\n@private\nstructure P {}";
    expect(changes(before, "")).toEqual([
      "breaking ns#A RemovedShape",
      "breaking ns#E RemovedShape",
      "dangerous ns#I RemovedShape",
      "breaking ns#Op RemovedShape",
      "dangerous ns#S RemovedShape",
    ]);
  });

  it("does not list the members of an added or removed shape one by one", () => {
    expect(changes("structure A { a: String, b: String }", "structure B { a: String }")).toEqual([
      "breaking ns#A RemovedShape",
      "safe ns#B AddedShape",
    ]);
  });

  it("reports a type change as breaking, once", () => {
    const [only, ...rest] = fullChanges("structure A { a: String }", "union A { a: String }");
    expect(rest).toEqual([]);
    expect(only).toMatchObject({
      severity: "breaking",
      shape: "ns#A",
      kind: "ChangedShapeType",
      message: "Type changed from structure to union",
    });
  });

  it("sorts by shape id, then kind, then message", () => {
    const before = "structure B { a: String }\nstructure A { z: String }";
    const after = "structure B { a: Integer, c: String }\nstructure A {}\nstring C";
    expect(changes(before, after)).toEqual([
      "breaking ns#A$z RemovedMember",
      "breaking ns#B$a ChangedMemberTarget",
      "safe ns#B$c AddedMember",
      "safe ns#C AddedShape",
    ]);
  });
});
