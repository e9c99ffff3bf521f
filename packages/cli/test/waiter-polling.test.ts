// Polling with `wait <waiter> --send` (@shapekit/cli/waiting), against botocore's own `Waiter`:
// test/data/waiters-awscli.jsonl holds random cases over the real waiters of the installed
// botocore (made by `node scripts/conformance-awscli-waiters.mjs --record`), with how many calls
// botocore made, the delays it slept and how the wait ended (its `WaiterError` text, which the
// AWS CLI prints). Every count, delay and message must match.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as waiting from "@shapekit/cli/waiting";
import {
  ourPolling,
  samePolling,
  waiterFromConfig,
  type RecordedWaiterCase,
} from "../../../scripts/conformance/waiter-polling.mjs";

const recorded = readFileSync(new URL("./data/waiters-awscli.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter((line) => line !== "")
  .map((line) => JSON.parse(line) as RecordedWaiterCase);

describe("polling as botocore's waiter does", () => {
  it("has a recording with every way a wait ends in it", () => {
    expect(recorded.length).toBeGreaterThanOrEqual(300);
    const ends = new Set(
      recorded.map((c) => c.outcome.replace(/^Waiter \w+ failed: /, "").replace(/[:.].*/, "")),
    );
    for (const end of [
      "success",
      "Max attempts exceeded",
      "Waiter encountered a terminal failure state",
      "An error occurred (AccessDenied)",
      "exception",
    ])
      expect(ends).toContain(end);
    expect(recorded.some((c) => c.outcome.includes("Previously accepted state"))).toBe(true);
    const matchers = new Set(recorded.flatMap((c) => c.config.acceptors.map((a) => a.matcher)));
    expect([...matchers].sort()).toEqual(["error", "path", "pathAll", "pathAny", "status"]);
  });

  it("makes botocore's calls, sleeps its delays and ends with its message, case by case", async () => {
    for (const c of recorded) {
      const ours = await ourPolling(c, waiting, waiterFromConfig(c.waiter, c.config));
      expect(samePolling(ours, c), JSON.stringify({ case: c, ours })).toBe(true);
    }
  });
});
