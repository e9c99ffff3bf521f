// The fast path (typed-parser.ts) against the reference (`coerce(parseShorthand(text))`), on a
// table with every kind of shape: where the reference fails, the fast path must give up; where
// it succeeds, the fast path must give up or build the same value, key order and all.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { coerce, parseShorthand, type CliShapeTable } from "../src/index.js";
import { shapeNode } from "../src/shape-graph.js";
import { parseShorthandTyped } from "../src/typed-parser.js";

const table: CliShapeTable = {
  Top: {
    type: "structure",
    name: "Top",
    members: [
      { name: "S", shape: "String" },
      { name: "I", shape: "Integer" },
      { name: "F", shape: "Double" },
      { name: "B", shape: "Boolean" },
      { name: "Key", shape: "String" },
      { name: "KeyId", shape: "Integer" },
      { name: "L", shape: "IntList" },
      { name: "LS", shape: "StringList" },
      { name: "LL", shape: "IntListList" },
      { name: "M", shape: "IntMap" },
      { name: "N", shape: "Top" },
      { name: "NL", shape: "TopList" },
      { name: "D", shape: "Document" },
      { name: "constructor", shape: "Integer" },
      { name: "x:y", shape: "Boolean" },
      { name: "__proto__", shape: "Integer" },
      { name: "a b", shape: "Integer" },
    ],
  },
  TopList: { type: "list", name: "TopList", member: "Top" },
  IntList: { type: "list", name: "IntList", member: "Integer" },
  IntListList: { type: "list", name: "IntListList", member: "IntList" },
  StringList: { type: "list", name: "StringList", member: "String" },
  IntMap: { type: "map", name: "IntMap", key: "String", value: "Integer" },
  String: { type: "string", name: "String" },
  Integer: { type: "integer", name: "Integer" },
  Double: { type: "double", name: "Double" },
  Boolean: { type: "boolean", name: "Boolean" },
  Document: { type: "document", name: "Document" },
};

/** Same value, same key order, same prototypes. */
function strictlySame(a: unknown, b: unknown): boolean {
  if (typeof a !== typeof b) return false;
  if (typeof a !== "object" || a === null || b === null) return Object.is(a, b);
  if (Array.isArray(a)) {
    return (
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((x, i) => strictlySame(x, (b as unknown[])[i]))
    );
  }
  if (Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b as object);
  return (
    ka.length === kb.length &&
    ka.every(
      (k, i) =>
        k === kb[i] &&
        strictlySame((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
    )
  );
}

const noFiles = {
  readText: () => {
    throw new Error("no files");
  },
  readBytes: () => {
    throw new Error("no files");
  },
};

function reference(text: string, shape: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: coerce(table, shape, parseShorthand(text, { files: noFiles })) };
  } catch {
    return { ok: false };
  }
}

/** Checks one text on both paths; true when the fast path took it. */
function agrees(text: string, shape = "Top"): boolean {
  const fast = parseShorthandTyped(text, shapeNode(table, shape));
  const ref = reference(text, shape);
  if (fast === undefined) return false;
  if (!ref.ok)
    throw new Error(`fast path accepted what the reference refuses: ${JSON.stringify(text)}`);
  if (!strictlySame(fast, ref.value)) {
    throw new Error(
      `fast path differs on ${JSON.stringify(text)}: ${JSON.stringify(fast)} vs ${JSON.stringify(ref.value)}`,
    );
  }
  return true;
}

const KEYS = ["S", "I", "F", "B", "Key", "KeyId", "L", "LS", "LL", "M", "N", "NL", "x:y", "other"];

const ATOMS = [
  ..."SIFBLMNDab1=,[]{}'\"\\@ \t\n:-_#/.é😀\u00a0\u0085\u001c\ud800",
  "Key",
  "KeyId",
  "LS",
  "LL",
  "NL",
  "x:y",
  "constructor",
  "__proto__",
  "toString",
  "a b",
  "1",
  "-1",
  "+5",
  "007",
  "1_000",
  "1.5",
  "1e3",
  "inf",
  "nan",
  "true",
  "FALSE",
  "True",
  "=",
  ",",
  "\\,",
  "S=a",
  ",I=1",
  ",L=1,2",
  "={",
  "=[",
  "'x,y'",
  '"a\\"b"',
];

describe("the fast path of parse + coerce", () => {
  it("takes the common cases, and builds what the reference builds", () => {
    const texts = [
      "S=a,I=1,F=1.5,B=true",
      "Key=a,KeyId=2",
      "KeyId=2,Key=a",
      "L=1,2,3,S=x",
      "L=1",
      "L=[1,2],LL=[[1],[2,3]],LL=4",
      "LS=a,b,c",
      "M={a=1,b=2}",
      "N={S=a,N={I=1,L=[1]}},NL=[{I=2},{B=FALSE}]",
      "NL={I=1}",
      "N=text,M=text",
      "S = a , I = 1 ",
      "S='a,b',I=\"2\"",
      "S='a\\'b',LS=\"x\\\"y\",'z'",
      "S=a\\,b,LS=a\\,b,c",
      "S=a,'b', I=1",
      "S=,I=1",
      "S=a,,I=1",
      "S=a b ,I= 1",
      "S=é😀",
      "other=1,x:y=True",
      "constructor=1",
      "M={__proto__=1}",
      "S=",
      "LS=a,b c,d\u00a0",
    ];
    const taken = texts.filter((t) => agrees(t));
    // Only the inherited name (`constructor`), `__proto__` and the surrogate pair are left
    // to the reference.
    expect(texts.length - taken.length).toBeLessThanOrEqual(3);
  });

  it("gives up on everything the reference refuses", () => {
    for (const text of [
      "",
      "S",
      "S=a,S=b",
      "I=x",
      "I=1.5",
      "L=[a]",
      "F=[1]",
      "B={}",
      "D=1",
      "S=[a",
      "S={a=b",
      "S='a",
      "S=a,",
      "M={a=x}",
      "S@=file://nope",
    ]) {
      expect(agrees(text)).toBe(false);
    }
  });

  it("agrees with the reference on any text", () => {
    const atoms = fc
      .array(fc.constantFrom(...ATOMS), { maxLength: 30 })
      .map((atoms) => atoms.join(""));
    // Also `key=value` pairs with random values, which are mostly well-formed.
    const pairs = fc
      .array(
        fc.tuple(
          fc.constantFrom(...KEYS),
          fc.array(fc.constantFrom(...ATOMS), { maxLength: 4 }).map((v) => v.join("")),
        ),
        { minLength: 1, maxLength: 5 },
      )
      .map((kvs) => kvs.map(([k, v]) => `${k}=${v}`).join(","));
    const text = fc.oneof(atoms, pairs);
    let taken = 0;
    fc.assert(
      fc.property(text, fc.constantFrom("Top", "IntMap"), (t, shape) => {
        if (agrees(t, shape)) taken++;
      }),
      { numRuns: 20_000 },
    );
    expect(taken).toBeGreaterThan(1_000);
  });

  it("agrees on mutations of well-formed text", () => {
    const seeds = [
      "S=a,I=1,L=1,2,N={KeyId=3,M={a=1}},NL=[{B=true},{F=2.5}]",
      'Key=\'x,y\',KeyId="7",LS=a,"b",c\\,d,LL=[[1,2],[]]',
    ];
    const mutated = fc
      .tuple(
        fc.constantFrom(...seeds),
        fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.constantFrom(...ATOMS)), { maxLength: 4 }),
      )
      .map(([seed, edits]) =>
        edits.reduce((s, [at, cut, atom]) => {
          const i = at % (s.length + 1);
          return s.slice(0, i) + atom + s.slice(i + cut);
        }, seed),
      );
    let taken = 0;
    fc.assert(
      fc.property(mutated, (t) => {
        if (agrees(t)) taken++;
      }),
      { numRuns: 20_000 },
    );
    expect(taken).toBeGreaterThan(2_000);
  });
});
