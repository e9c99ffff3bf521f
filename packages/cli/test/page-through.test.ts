// Paging through results with `--send` (@shapekit/cli/paging), against botocore's own
// `PageIterator` and the AWS CLI's formatters: test/data/paging-awscli.jsonl holds random
// paginated cases (made by `node scripts/conformance-awscli-paging.mjs --record`) with every
// request botocore made and what the AWS CLI printed as json, text and table, or that it
// stopped with an error. Every request, in order, and every byte must match.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as root from "@shapekit/cli";
import * as output from "@shapekit/cli/output";
import * as paging from "@shapekit/cli/paging";
import { pagingOutput, type PagingCase } from "../../../scripts/conformance/paging-output.mjs";

interface RecordedPaging extends PagingCase {
  readonly json: string | { error: string };
  readonly text: string | { error: string };
  readonly table: string | { error: string };
}

const recorded = readFileSync(new URL("./data/paging-awscli.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter((line) => line !== "")
  .map((line) => JSON.parse(line) as RecordedPaging);

const cli = { ...root, ...output, ...paging };

describe("paging through results as the AWS CLI does", () => {
  it("has a recording with truncated output, starting tokens and refusals in it", () => {
    expect(recorded.length).toBeGreaterThanOrEqual(200);
    expect(recorded.some((c) => typeof c.json === "string" && c.json.includes('"NextToken"'))).toBe(
      true,
    );
    expect(recorded.some((c) => c.startingToken?.includes("___"))).toBe(true);
    expect(recorded.some((c) => typeof c.json !== "string")).toBe(true);
  });
  for (const format of ["json", "text", "table"] as const) {
    it(`makes botocore's requests and prints --output ${format} byte for byte`, async () => {
      for (const c of recorded) {
        const ours = await pagingOutput(c, format, cli);
        const theirs = c[format];
        if (typeof theirs !== "string") {
          expect(ours.error, JSON.stringify(c)).toEqual(expect.any(String));
          continue;
        }
        expect(ours.printed, JSON.stringify(c)).toBe(theirs);
        expect(ours.calls, JSON.stringify(c)).toEqual(c.calls);
      }
    });
  }
});

describe("pageThrough", () => {
  const paginator = {
    inputTokens: ["NextToken"],
    outputTokens: ["NextToken"],
    resultKeys: ["Items"],
    type: "integer" as const,
  };
  it("stops with an error when a token comes back twice, rather than looping", async () => {
    let calls = 0;
    const send = () => Promise.resolve((calls++, { Items: [calls], NextToken: "same" }));
    await expect(paging.pageThrough(send, {}, paginator, {})).rejects.toThrow(
      paging.PaginationError,
    );
    expect(calls).toBe(2); // the second page repeats the first's token
  });
  it("sets a token member named __proto__ as a member, not as the request's prototype", async () => {
    const calls: Record<string, unknown>[] = [];
    const pages = [{ Items: [1], Next: "t" }, { Items: [2] }];
    await paging.pageThrough(
      (input) => Promise.resolve(pages[calls.push(input) - 1]),
      {},
      { ...paginator, inputTokens: ["__proto__"], outputTokens: ["Next"] },
      {},
    );
    expect(calls).toHaveLength(2);
    expect(Object.getPrototypeOf(calls[1])).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(calls[1], "__proto__")?.value).toBe("t");
  });
  it("counts a starting token's skipped results in the token it resumes from", async () => {
    // Three results, one skipped by the starting token, one printed (--max-items 1): the next
    // run starts at the third, so the token says to skip two (botocore's rule).
    const paged = await paging.pageThrough(
      () => Promise.resolve({ Items: ["a", "b", "c"], NextToken: "next" }),
      { NextToken: "start" },
      paginator,
      { maxItems: 1, skip: 1, startingTokens: { NextToken: "start" } },
    );
    const merged = paging.mergedResponse(paged, paginator);
    expect(merged.Items).toEqual(["b"]);
    const token = JSON.parse(atob(merged.NextToken as string)) as unknown;
    expect(token).toEqual({ NextToken: "start", boto_truncate_amount: 2 });
    expect(atob(merged.NextToken as string)).toBe(
      '{"NextToken": "start", "boto_truncate_amount": 2}',
    );
  });
  it("merges a page's results of any length without spreading them into one call", async () => {
    const many = Array.from({ length: 200_000 }, (_, i) => i);
    const pages = [
      { Items: [0], NextToken: "a" },
      { Items: many, NextToken: "" },
    ];
    let calls = 0;
    const paged = await paging.pageThrough(
      () => Promise.resolve(pages[calls++]),
      {},
      paginator,
      {},
    );
    expect((paging.mergedResponse(paged, paginator).Items as unknown[]).length).toBe(200_001);
  });
});
