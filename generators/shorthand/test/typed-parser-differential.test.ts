// The fast path of parse + coerce (packages/shorthand/src/typed-parser.ts) against the
// reference parser and coercion on every word of the recorded corpora, with the generated
// package's shapes: where the reference refuses, the fast path gives up; where it accepts, the
// fast path builds the same value (same key order) or gives up — and it must take nearly all.
import { readFileSync } from "node:fs";
import { coerce, parseShorthand } from "@shapekit/shorthand";
import { describe, expect, it } from "vitest";
import { shapeNode } from "../../../packages/shorthand/src/shape-graph.js";
import { parseShorthandTyped } from "../../../packages/shorthand/src/typed-parser.js";
import { commands, shapes } from "../../../packages/sagemaker-shorthand/src/index.js";

interface Case {
  param: string;
  args: string[];
}

const command = commands.find((c) => c.name === "create-endpoint-config")!;

const noFiles = {
  readText(path: string): string {
    throw new Error(`no file ${path}`);
  },
  readBytes(path: string): Uint8Array {
    throw new Error(`no file ${path}`);
  },
};

/** Same value and key order (JSON text), numbers that JSON cannot hold spelled out. */
const text = (v: unknown) =>
  JSON.stringify(v, (_k, x: unknown) =>
    typeof x === "number" && !Number.isFinite(x) ? `number:${x}` : x,
  );

describe.each(["shorthand-awscli.jsonl", "shorthand-awscli-extra.jsonl"])("%s", (file) => {
  it("the fast path agrees with the reference parser and coercion on every word", () => {
    const rows = readFileSync(new URL(`./data/${file}`, import.meta.url), "utf8")
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Case);
    let accepted = 0;
    let taken = 0;
    const disagreements: string[] = [];
    for (const row of rows) {
      const option = command.options.find((o) => o.name === row.param);
      if (!option) continue;
      let key = option.shape;
      const top = shapes[key]!;
      if (top.type === "list") key = top.member;
      const node = shapeNode(shapes, key);
      if (node.type !== "structure" && node.type !== "map") continue;
      for (const word of row.args) {
        let reference: { value: unknown } | undefined;
        try {
          reference = { value: coerce(shapes, key, parseShorthand(word, { files: noFiles })) };
        } catch {
          reference = undefined;
        }
        const fast = parseShorthandTyped(word, node);
        if (reference) accepted++;
        if (fast === undefined) continue;
        taken++;
        if (!reference || text(fast) !== text(reference.value))
          disagreements.push(`${JSON.stringify(word)}: ${text(fast)} vs ${text(reference?.value)}`);
      }
    }
    expect(disagreements).toEqual([]);
    // Left to the reference: `@=` file references and inherited or `__proto__` keys.
    expect(taken).toBeGreaterThan(accepted * 0.95);
  });
});
