// The format pool kept for a whole generation: each call's jobs are handed to the workers at
// once (the caller goes on emitting), and whatever the threads, every call comes out as prettier
// prints each job, a fallible job that does not parse as undefined, any other as an error
// naming its file.

import * as prettier from "prettier";
import { GENERATED_CODE_STYLE } from "@shapekit/generated-package/typescript-data";
import { describe, expect, it } from "vitest";
import { FormatPool, type FormatJob } from "../src/format-pool.js";

const job = (i: number): FormatJob => ({
  text: `export const  value${i} = {a:${i}, b:[${i},${i + 1}]}\n`,
  filepath: `/out/m${i}.ts`,
});
const expected = (j: FormatJob) =>
  prettier.format(j.text, { ...GENERATED_CODE_STYLE, filepath: j.filepath });

describe("FormatPool", () => {
  for (const threads of [1, 2]) {
    it(`formats calls made before any is awaited, as prettier does (${threads} thread(s))`, async () => {
      const pool = new FormatPool(GENERATED_CODE_STYLE, { threads, eager: true });
      try {
        const first = Array.from({ length: 120 }, (_, i) => job(i));
        const second = Array.from({ length: 30 }, (_, i) => job(1000 + i));
        // Both calls are in flight at once, as a generation hands over package after package.
        const [a, b] = await Promise.all([pool.format(first), pool.format(second)]);
        expect(a).toEqual(await Promise.all(first.map(expected)));
        expect(b).toEqual(await Promise.all(second.map(expected)));
      } finally {
        await pool.close();
      }
    });
  }

  it("an eager pool starts its workers at the first call with a job, not before", async () => {
    const pool = new FormatPool(GENERATED_CODE_STYLE, { threads: 2, eager: true });
    try {
      expect(pool.started).toBe(false);
      expect(await pool.format([])).toEqual([]);
      expect(pool.started).toBe(false);
      expect(await pool.format([job(7)])).toEqual([await expected(job(7))]);
      expect(pool.started).toBe(true);
    } finally {
      await pool.close();
    }
  });

  it("a fallible job that does not parse is undefined; any other is an error naming it", async () => {
    const pool = new FormatPool(GENERATED_CODE_STYLE, { threads: 2, eager: true });
    try {
      const bad = { text: "export const = ;\n", filepath: "/out/bad.ts" };
      expect(await pool.format([job(1), { ...bad, fallible: true }])).toEqual([
        await expected(job(1)),
        undefined,
      ]);
      await expect(pool.format([job(2), bad])).rejects.toThrow(/bad\.ts is not valid ts/);
      // The pool still works after a failure of a file.
      expect(await pool.format([job(3)])).toEqual([await expected(job(3))]);
    } finally {
      await pool.close();
    }
  });
});
