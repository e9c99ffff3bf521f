// Pending references as the IDL parser hands them over: a placeholder in the AST and a record
// that the resolver settles. Files are built by hand here so the resolver is tested alone.
import { describe, expect, it } from "vitest";
import type { AstModel } from "../src/ast.js";
import type { LoadedFile, PendingReference } from "../src/loaded-file.js";
import { resolveModel } from "../src/resolve.js";
import { describeDiagnostics } from "./json-models.js";

/** A file whose member `ns#S$m` targets the relative name `name`. */
function fileReferencing(
  file: string,
  namespace: string,
  name: string,
  extra: AstModel["shapes"] = {},
): LoadedFile {
  const member = { target: `${namespace}#${name}` };
  const ast: AstModel = {
    smithy: "2.0",
    shapes: { [`${namespace}#S`]: { type: "structure", members: { m: member } }, ...extra },
  };
  const ref: PendingReference = {
    namespace,
    name,
    role: "target",
    location: { file, line: 3, column: 7 },
    resolve: (id) => void (member.target = id),
  };
  return { file, version: "2.0", ast, sources: new Map(), pendingReferences: [ref] };
}

const other = (shapes: AstModel["shapes"]): LoadedFile => ({
  file: "other.json",
  version: "2.0",
  ast: { smithy: "2.0", shapes },
  sources: new Map(),
  pendingReferences: [],
});

describe("pending references", () => {
  it("resolve to the prelude when no file defines the name in the namespace", () => {
    const { model } = resolveModel([fileReferencing("a.smithy", "ns", "String")]);
    expect(model!.member("ns#S$m")!.target).toBe("smithy.api#String");
  });

  it("prefer a shape of the namespace defined in ANY file over the prelude", () => {
    const { model } = resolveModel([
      fileReferencing("a.smithy", "ns", "String"),
      other({ "ns#String": { type: "string" } }),
    ]);
    expect(model!.member("ns#S$m")!.target).toBe("ns#String");
  });

  it("report unresolved names where they were written", () => {
    const result = resolveModel([fileReferencing("a.smithy", "ns", "Nope")]);
    expect(result.model).toBeUndefined();
    expect(describeDiagnostics(result.diagnostics)).toEqual([
      "a.smithy:3:7 error Unresolved shape `Nope` (target): no shape ns#Nope in any file of the model and no smithy.api#Nope in the prelude",
    ]);
  });

  it("keep the member part of `Name$member` references", () => {
    let written = "";
    const file: LoadedFile = {
      file: "a.smithy",
      version: "2.0",
      ast: {
        smithy: "2.0",
        shapes: { "ns#A": { type: "structure", members: { id: { target: "smithy.api#String" } } } },
      },
      sources: new Map(),
      pendingReferences: [
        {
          namespace: "ns",
          name: "A$id",
          role: "value",
          location: { file: "a.smithy", line: 1, column: 1 },
          resolve: (id) => void (written = id),
        },
      ],
    };
    expect(resolveModel([file]).diagnostics).toEqual([]);
    expect(written).toBe("ns#A$id");
  });

  it("give elided members the target of the bound resource, then of the mixin member", () => {
    const members = { id: { target: "" }, foo: { target: "" } };
    const elided = (member: string, holder: { target: string }) => ({
      namespace: "ns",
      name: `$${member}`,
      role: "elided",
      container: "ns#S",
      member,
      resource: { id: "ns#R" },
      location: { file: "a.smithy", line: 9, column: 5 },
      resolve: (id: string) => void (holder.target = id),
    });
    const file: LoadedFile = {
      file: "a.smithy",
      version: "2.0",
      ast: {
        smithy: "2.0",
        shapes: {
          "ns#R": { type: "resource", identifiers: { id: { target: "smithy.api#String" } } },
          "ns#M": {
            type: "structure",
            members: { foo: { target: "smithy.api#Integer" } },
            traits: { "smithy.api#mixin": {} },
          },
          "ns#S": { type: "structure", mixins: [{ target: "ns#M" }], members },
        },
      },
      sources: new Map(),
      pendingReferences: [elided("id", members.id), elided("foo", members.foo)],
    };
    const { model, diagnostics } = resolveModel([file]);
    expect(diagnostics).toEqual([]);
    expect(model!.member("ns#S$id")!.target).toBe("smithy.api#String");
    expect(model!.member("ns#S$foo")!.target).toBe("smithy.api#Integer");
    expect(members.id.target).toBe("smithy.api#String");
  });
});
