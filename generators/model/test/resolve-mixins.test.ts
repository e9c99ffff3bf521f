import { describe, expect, it } from "vitest";
import { toCanonicalAst } from "../src/canonical-ast.js";
import { describeDiagnostics, errors, resolveDocs } from "./json-models.js";

const S = "smithy.api#String";
const I = "smithy.api#Integer";
const mixin = (extra: Record<string, unknown> = {}) => ({ "smithy.api#mixin": extra });
const doc = (shapes: Record<string, unknown>) => ({ smithy: "2.0", shapes });

describe("mixins", () => {
  it("inherits members in mixin order, then local members; removes mixin shapes", () => {
    const { model, diagnostics } = resolveDocs(
      doc({
        "ns#A": { type: "structure", members: { a: { target: S } }, traits: mixin() },
        "ns#B": {
          type: "structure",
          mixins: [{ target: "ns#A" }],
          members: { b: { target: S } },
          traits: mixin(),
        },
        "ns#C": { type: "structure", members: { c: { target: S } }, traits: mixin() },
        "ns#F": {
          type: "structure",
          mixins: [{ target: "ns#B" }, { target: "ns#C" }],
          members: { f: { target: I } },
        },
      }),
    );
    expect(diagnostics).toEqual([]);
    expect([...model!.expectShape("ns#F").members.keys()]).toEqual(["a", "b", "c", "f"]);
    expect(model!.ownShapes().map((s) => s.id)).toEqual(["ns#F"]);
    expect(model!.expectShape("ns#F").ast.mixins).toBeUndefined();
  });

  it("inherits traits except @mixin and its localTraits; local traits win", () => {
    const { model } = resolveDocs(
      doc({
        "ns#M": {
          type: "structure",
          members: {},
          traits: {
            ...mixin({ localTraits: ["smithy.api#private"] }),
            "smithy.api#private": {},
            "smithy.api#sensitive": {},
            "smithy.api#documentation": "mixin",
          },
        },
        "ns#S": {
          type: "structure",
          mixins: [{ target: "ns#M" }],
          traits: { "smithy.api#documentation": "own" },
        },
      }),
    );
    const traits = model!.expectShape("ns#S").traits;
    expect([...traits.keys()].sort()).toEqual(["smithy.api#documentation", "smithy.api#sensitive"]);
    expect(traits.get("smithy.api#documentation")).toBe("own");
  });

  it("lets a redefined member keep its place and override inherited member traits", () => {
    const { model, diagnostics } = resolveDocs(
      doc({
        "ns#A1": {
          type: "structure",
          members: {
            a: { target: S, traits: { "smithy.api#private": {}, "smithy.api#tags": ["a"] } },
          },
          traits: mixin(),
        },
        "ns#A2": {
          type: "structure",
          members: {
            a: { target: S, traits: { "smithy.api#required": {}, "smithy.api#tags": ["b"] } },
          },
          traits: mixin(),
        },
        "ns#V": {
          type: "structure",
          mixins: [{ target: "ns#A1" }, { target: "ns#A2" }],
          members: {
            c: { target: I },
            a: { target: S, traits: { "smithy.api#documentation": "mine" } },
          },
        },
      }),
    );
    expect(diagnostics).toEqual([]);
    const v = model!.expectShape("ns#V");
    expect([...v.members.keys()]).toEqual(["a", "c"]);
    expect(Object.fromEntries(v.members.get("a")!.traits)).toEqual({
      "smithy.api#private": {},
      "smithy.api#tags": ["b"],
      "smithy.api#required": {},
      "smithy.api#documentation": "mine",
    });
  });

  it("reports member conflicts between mixins and with local members", () => {
    const between = resolveDocs(
      doc({
        "ns#A1": { type: "structure", members: { a: { target: S } }, traits: mixin() },
        "ns#A2": { type: "structure", members: { a: { target: I } }, traits: mixin() },
        "ns#V": {
          type: "structure",
          mixins: [{ target: "ns#A1" }, { target: "ns#A2" }],
          members: {},
        },
      }),
    );
    expect(describeDiagnostics(errors(between.diagnostics))).toEqual([
      "a.json:26:5 error Member ns#V$a conflicts with an inherited mixin member: ns#A2$a targets smithy.api#Integer but ns#A1$a targets smithy.api#String",
    ]);
    const local = resolveDocs(
      doc({
        "ns#A": { type: "structure", members: { a: { target: S } }, traits: mixin() },
        "ns#V": { type: "structure", mixins: [{ target: "ns#A" }], members: { a: { target: I } } },
      }),
    );
    expect(describeDiagnostics(errors(local.diagnostics))).toEqual([
      "a.json:23:9 error Member ns#V$a conflicts with an inherited mixin member: ns#A$a targets smithy.api#String, this member targets smithy.api#Integer",
    ]);
  });

  it("rejects mixins of another type, non-mixins, unknown mixins and cycles", () => {
    const result = resolveDocs(
      doc({
        "ns#U": { type: "union", members: { a: { target: S } }, traits: mixin() },
        "ns#P": { type: "structure", members: {} },
        "ns#X": {
          type: "structure",
          mixins: [{ target: "ns#U" }, { target: "ns#P" }, { target: "ns#Nope" }],
          members: {},
        },
        "ns#C1": { type: "structure", mixins: [{ target: "ns#C2" }], traits: mixin() },
        "ns#C2": { type: "structure", mixins: [{ target: "ns#C1" }], traits: mixin() },
      }),
    );
    const messages = errors(result.diagnostics).map((d) => d.message);
    expect(messages).toContain(
      "Mixins may only be mixed into shapes of the same type; these mixins of the structure ns#X are not structure shapes: ns#U",
    );
    expect(messages).toContain("ns#X uses ns#P as a mixin, but it is not marked @mixin");
    expect(messages).toContain("Mixin ns#Nope of ns#X is not defined");
    expect(messages.some((m) => m.startsWith("Mixin cycle:"))).toBe(true);
  });

  it("rejects a mixin operation with an input or output, and a mixin resource that binds anything", () => {
    const result = resolveDocs(
      doc({
        "ns#In": { type: "structure", members: {} },
        "ns#MO": { type: "operation", input: { target: "ns#In" }, traits: mixin() },
        "ns#MU": {
          type: "operation",
          input: { target: "smithy.api#Unit" },
          output: { target: "smithy.api#Unit" },
          traits: mixin(),
        },
        "ns#MR": {
          type: "resource",
          identifiers: { id: { target: S } },
          read: { target: "ns#MU" },
          traits: mixin(),
        },
        "ns#ME": { type: "resource", identifiers: {}, operations: [], traits: mixin() },
      }),
    );
    expect(errors(result.diagnostics).map((d) => d.message)).toEqual([
      "Mixin operation ns#MO sets its input: a mixin operation's input and output must be smithy.api#Unit",
      "Mixin resource ns#MR binds identifiers, read: a mixin resource may only carry traits",
    ]);
  });

  it("flattens list, map, enum, operation and resource mixins", () => {
    const { model, diagnostics } = resolveDocs(
      doc({
        "ns#ML": { type: "list", member: { target: S }, traits: mixin() },
        "ns#L": { type: "list", mixins: [{ target: "ns#ML" }] },
        "ns#MM": { type: "map", key: { target: S }, value: { target: S }, traits: mixin() },
        "ns#M": {
          type: "map",
          mixins: [{ target: "ns#MM" }],
          value: { target: S, traits: { "smithy.api#documentation": "v" } },
        },
        "ns#ME": { type: "enum", members: { FOO: { target: "smithy.api#Unit" } }, traits: mixin() },
        "ns#E": {
          type: "enum",
          mixins: [{ target: "ns#ME" }],
          members: { BAR: { target: "smithy.api#Unit" } },
        },
        "ns#Err1": { type: "structure", members: {}, traits: { "smithy.api#error": "server" } },
        "ns#Err2": { type: "structure", members: {}, traits: { "smithy.api#error": "client" } },
        "ns#MO": {
          type: "operation",
          errors: [{ target: "ns#Err1" }],
          traits: { ...mixin(), "smithy.api#internal": {} },
        },
        "ns#O": {
          type: "operation",
          mixins: [{ target: "ns#MO" }],
          errors: [{ target: "ns#Err2" }],
        },
      }),
    );
    expect(diagnostics).toEqual([]);
    const canonical = toCanonicalAst(model!).shapes;
    expect(canonical["ns#L"]).toEqual({ type: "list", member: { target: S } });
    expect(canonical["ns#M"]).toEqual({
      type: "map",
      key: { target: S },
      value: { target: S, traits: { "smithy.api#documentation": "v" } },
    });
    expect(Object.keys(canonical["ns#E"]!.members!)).toEqual(["FOO", "BAR"]);
    expect(canonical["ns#O"]).toEqual({
      type: "operation",
      input: { target: "smithy.api#Unit" },
      output: { target: "smithy.api#Unit" },
      errors: [{ target: "ns#Err1" }, { target: "ns#Err2" }],
      traits: { "smithy.api#internal": {} },
    });
  });
});

describe("apply", () => {
  it("applies traits to shapes and to members, including members only inherited from a mixin", () => {
    const { model, diagnostics } = resolveDocs(
      doc({
        "ns#C": {
          type: "structure",
          members: { c: { target: S, traits: { "smithy.api#documentation": "C.c" } } },
          traits: mixin(),
        },
        "ns#D": {
          type: "structure",
          mixins: [{ target: "ns#C" }],
          members: { d: { target: S } },
          traits: mixin(),
        },
        "ns#D$c": {
          type: "apply",
          traits: { "smithy.api#documentation": "changed", "smithy.api#internal": {} },
        },
        "ns#F": { type: "structure", mixins: [{ target: "ns#D" }], members: {} },
        "ns#F$d": { type: "apply", traits: { "smithy.api#sensitive": {} } },
      }),
      doc({ "ns#F": { type: "apply", traits: { "smithy.api#tags": ["x"] } } }),
    );
    expect(diagnostics).toEqual([]);
    const f = model!.expectShape("ns#F");
    expect(Object.fromEntries(f.members.get("c")!.traits)).toEqual({
      "smithy.api#documentation": "changed",
      "smithy.api#internal": {},
    });
    expect(Object.fromEntries(f.members.get("d")!.traits)).toEqual({ "smithy.api#sensitive": {} });
    expect(f.traits.get("smithy.api#tags")).toEqual(["x"]);
  });

  it("concatenates list traits, keeps equal values once and rejects other conflicts", () => {
    const ok = resolveDocs(
      doc({
        "ns#A": {
          type: "string",
          traits: { "smithy.api#tags": ["a"], "smithy.api#documentation": "d" },
        },
      }),
      doc({
        "ns#A": {
          type: "apply",
          traits: { "smithy.api#tags": ["b"], "smithy.api#documentation": "d" },
        },
      }),
    );
    expect(ok.diagnostics).toEqual([]);
    expect(ok.model!.expectShape("ns#A").traits.get("smithy.api#tags")).toEqual(["a", "b"]);
    const bad = resolveDocs(
      doc({ "ns#A": { type: "string", traits: { "smithy.api#documentation": "d" } } }),
      doc({ "ns#A": { type: "apply", traits: { "smithy.api#documentation": "other" } } }),
    );
    expect(describeDiagnostics(bad.diagnostics)).toEqual([
      "b.json:7:9 error Conflicting values for trait smithy.api#documentation on ns#A (first applied at a.json:7:9)",
    ]);
  });

  it("reports apply to unknown shapes and members", () => {
    const result = resolveDocs(
      doc({
        "ns#A": { type: "structure", members: {} },
        "ns#A$nope": { type: "apply", traits: { "smithy.api#required": {} } },
        "ns#L": { type: "list", member: { target: S } },
        "ns#L$value": { type: "apply", traits: { "smithy.api#required": {} } },
        "ns#Missing": { type: "apply", traits: { "smithy.api#required": {} } },
      }),
    );
    expect(describeDiagnostics(result.diagnostics)).toEqual([
      "a.json:8:5 error Cannot apply traits to ns#A$nope: ns#A has no member `nope`",
      "a.json:20:5 error Cannot apply traits to ns#L$value: ns#L has no member `value` (a list has only member)",
      "a.json:26:5 error Cannot apply traits to ns#Missing: no such shape is defined",
    ]);
  });
});
