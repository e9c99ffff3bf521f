import { describe, expect, it } from "vitest";
import { changes, fullChanges } from "./models.js";

describe("diffModels: members", () => {
  it("adding an optional member is safe; a union member too", () => {
    expect(
      changes(
        "structure A { a: String }\nunion U { x: String }",
        "structure A { a: String, b: String }\nunion U { x: String, y: Integer }",
      ),
    ).toEqual(["safe ns#A$b AddedMember", "safe ns#U$y AddedMember"]);
  });

  it("adding a @required member without @default is breaking; with a @default it is safe", () => {
    expect(
      changes(
        "structure A { a: String }",
        `structure A { a: String, @required b: String, @required c: String = "x"\n}`,
      ),
    ).toEqual(["breaking ns#A$b AddedRequiredMember", "safe ns#A$c AddedMember"]);
  });

  it("removing a member is breaking, reported at ns#Shape$member", () => {
    const [c] = fullChanges("structure A { a: String, b: Integer }", "structure A { a: String }");
    expect(c).toEqual({
      severity: "breaking",
      shape: "ns#A$b",
      kind: "RemovedMember",
      message: "Removed member b (target smithy.api#Integer)",
    });
  });

  it("a member inserted before existing ones, or reordered members, is dangerous", () => {
    expect(
      changes(
        "structure A { a: String, b: String }",
        "structure A { x: String, a: String, b: String }",
      ),
    ).toEqual(["dangerous ns#A ChangedMemberOrder", "safe ns#A$x AddedMember"]);
    expect(
      changes("structure A { a: String, b: String }", "structure A { b: String, a: String }"),
    ).toEqual(["dangerous ns#A ChangedMemberOrder"]);
    // Removing a middle member is breaking on its own; it is not also a reorder.
    expect(
      changes(
        "structure A { a: String, b: String, c: String }",
        "structure A { a: String, c: String }",
      ),
    ).toEqual(["breaking ns#A$b RemovedMember"]);
  });

  it("a target change is breaking, unless the new target is an equivalent simple shape (dangerous)", () => {
    const before =
      "structure A { s: Name, n: Name, l: Names, e: Kind }\nstring Name\nlist Names { member: String }\nenum Kind { X }";
    const after = `structure A { s: Title, n: Count, l: Titles, e: Kind2 }
string Name
string Title
integer Count
list Names { member: String }
list Titles { member: String }
enum Kind { X }
enum Kind2 { X }`;
    const found = fullChanges(before, after).filter((c) => c.kind === "ChangedMemberTarget");
    expect(found.map((c) => `${c.severity} ${c.shape}`)).toEqual([
      "breaking ns#A$e",
      "dangerous ns#A$l",
      "breaking ns#A$n",
      "dangerous ns#A$s",
    ]);
    expect(found[2]!.message).toBe(
      "Target changed from ns#Name to ns#Count: its type changed from string to integer",
    );
    expect(found[0]!.message).toContain("the name of a enum is significant");
  });

  it("a target with different traits is not equivalent", () => {
    expect(
      changes(
        "structure A { s: Name }\nstring Name",
        "structure A { s: Title }\nstring Name\n@length(max: 3)\nstring Title",
      ),
    ).toContain("breaking ns#A$s ChangedMemberTarget");
  });

  it("a target whose differences are compatible is dangerous, judged through lists and maps", () => {
    const before = `structure A { l: Names, m: Tags, d: Deep }
string Name
list Names { member: Name }
map Tags { key: String, value: Name }
list Deep { member: Names }`;
    const after = `structure A { l: Titles, m: Labels, d: Deeper }
string Name
string Title
@sensitive
string Secret
list Titles { member: Title }
map Labels { key: String, @documentation("Any label.") value: Name }
list Deeper { member: Secrets }
list Secrets { member: Secret }`;
    const found = fullChanges(before, after).filter((c) => c.kind === "ChangedMemberTarget");
    expect(found.map((c) => `${c.severity} ${c.shape}`)).toEqual([
      "dangerous ns#A$d",
      "dangerous ns#A$l",
      "dangerous ns#A$m",
    ]);
    // A nested difference that is breaking on its own makes the new target breaking.
    expect(
      changes(
        "structure A { l: Names }\nlist Names { member: String }",
        "structure A { l: Short }\nlist Short { @length(max: 3) member: String }",
      ),
    ).toContain("breaking ns#A$l ChangedMemberTarget");
  });

  it("list and map members are compared like structure members", () => {
    expect(
      changes(
        "list L { member: String }\nmap M { key: String, value: String }",
        "list L { member: Integer }\nmap M { key: String, value: Integer }",
      ),
    ).toEqual([
      "breaking ns#L$member ChangedMemberTarget",
      "breaking ns#M$value ChangedMemberTarget",
    ]);
  });
});
