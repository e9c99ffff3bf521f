// isTimestamp: the strict forms a `timestamp` member accepts (a Date, epoch seconds, ISO 8601
// extended format), and the lenient ones it refuses although `Date.parse` or botocore's
// dateutil would take them.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isTimestamp } from "@shapekit/validation";

describe("isTimestamp", () => {
  it("accepts Dates, epoch seconds and ISO 8601 / RFC 3339 strings", () => {
    const accepted: unknown[] = [
      new Date(0),
      new Date("2024-05-01T12:30:15Z"),
      0,
      1_700_000_000,
      1_700_000_000.25,
      -5,
      "1",
      "1700000000",
      "1700000000.5",
      "-5",
      "2024-05-01",
      "2024-05-01T12:30",
      "2024-05-01T12:30:15",
      "2024-05-01T12:30:15Z",
      "2024-05-01t12:30:15z",
      "2024-05-01 12:30:15",
      "2024-05-01T12:30:15.1Z",
      "2024-05-01T12:30:15.123456789Z",
      "2024-05-01T12:30:15+02:00",
      "2024-05-01T12:30:15-0530",
      "2024-05-01T12:30:15+02",
      "2024-02-29T23:59:59Z",
      "2000-02-29",
      "0001-01-01T00:00:00Z",
      "9999-12-31T23:59:59.999999999Z",
    ];
    for (const value of accepted) expect(isTimestamp(value), String(value)).toBe(true);
  });

  it("refuses what only a lenient parser reads as a date", () => {
    const refused: unknown[] = [
      "hello 1",
      "yesterday",
      "Jan 2020",
      "Tue, 29 Apr 2014 18:30:38 GMT",
      "2024-1-1",
      "20240501T123015Z",
      "2024-05-01T12",
      "2024-05-01T12Z",
      "2024-05-01Z",
      "2024-05-01T24:00:00Z",
      "2024-05-01T12:60:00Z",
      "2024-05-01T12:30:60Z",
      "2024-05-01T12:30:15.1234567890Z",
      "2024-05-01T12:30:15+24:00",
      "2024-05-01T12:30:15+02:60",
      "2023-02-29",
      "1900-02-29",
      "2024-04-31",
      "2024-13-01",
      "2024-00-10",
      "0000-01-01",
      " 2024-05-01",
      "2024-05-01 ",
      "",
      "1e9",
      "+5",
      "NaN",
      "Infinity",
      `2024-05-01T12:30:15.${"1".repeat(100_000)}Z`,
      NaN,
      Infinity,
      -Infinity,
      1e20,
      -1e12,
      new Date(Number.NaN),
      new Date(8.64e15),
      null,
      undefined,
      true,
      {},
      [],
      10n,
    ];
    for (const value of refused) expect(isTimestamp(value), String(value)).toBe(false);
  });

  it("agrees with Date on every valid UTC moment it writes in ISO form (property)", () => {
    const earliest = Date.UTC(1, 0, 1);
    const latest = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
    fc.assert(
      fc.property(fc.integer({ min: earliest, max: latest }), (ms) => {
        const iso = new Date(ms).toISOString();
        expect(isTimestamp(iso)).toBe(true);
        expect(isTimestamp(iso.slice(0, 10))).toBe(true);
        expect(isTimestamp(ms / 1000)).toBe(true);
        expect(isTimestamp(new Date(ms))).toBe(true);
      }),
      { numRuns: 500, seed: 9 },
    );
  });
});
