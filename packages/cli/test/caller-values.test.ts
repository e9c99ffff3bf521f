// The surface's functions called by a program, not by a bin: argv or a skeleton kind built from
// a form or a message may be anything. Each wrong value is a usage error (or a RangeError for a
// kind) that names it, never an internal TypeError, and a string is never read as its letters.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  createCommandSurface,
  EXIT_CODES,
  parseCommandLine,
  runCommand,
  type FileSource,
} from "@shapekit/cli";
import { chainDescription } from "./chain-description.js";

const surface = createCommandSurface({
  command: "shapekit-test",
  operations: [{ description: chainDescription("put-thing", 1, ["Name"], { output: true }) }],
});

async function run(argv: unknown) {
  const err: string[] = [];
  const out: string[] = [];
  const code = await runCommand(surface, argv as string[], {
    io: { stdout: (t) => out.push(t), stderr: (t) => err.push(t) },
  });
  return { code, err: err.join(""), out: out.join("") };
}

describe("argv from a program", () => {
  it.each([
    ["put-thing", /argv must be a list \(an array\) of strings, not a string/],
    [undefined, /argv must be a list \(an array\) of strings, not undefined/],
    [["put-thing", 5], /argv\[1\] is a number: argv must hold strings only/],
    [["put-thing", "--top", null], /argv\[2\] is null/],
    [[{}], /argv\[0\] is an object/],
  ])("runCommand(%o) is a usage error naming it", async (argv, message) => {
    const result = await run(argv);
    expect(result.code).toBe(EXIT_CODES.usage);
    expect(result.err).toMatch(message);
    expect(result.err).not.toMatch(/is not a function|Cannot read|unknown operation/);
    expect(result.out).toBe("");
  });

  it.each([
    ["--top", /argv must be a list/],
    [["--top", 1], /argv\[1\] is a number/],
  ])("parseCommandLine(%o) is a usage error naming it", (argv, message) => {
    const result = surface.parseCommandLine("put-thing", argv as string[]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.exitCode).toBe(EXIT_CODES.usage);
    expect(result.errors[0]!.message).toMatch(message);
  });

  it("any list with a non-string in it is refused at that index", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom("put-thing", "--top", "Name=x"), { maxLength: 4 }),
        fc.oneof(fc.integer(), fc.constant(null), fc.boolean(), fc.object()),
        fc.nat(),
        async (words, intruder, at) => {
          const argv: unknown[] = [...words];
          const index = at % (argv.length + 1);
          argv.splice(index, 0, intruder);
          const result = await run(argv);
          return result.code === EXIT_CODES.usage && result.err.includes(`argv[${index}] is `);
        },
      ),
      { numRuns: 100, seed: 7 },
    );
  });
});

describe("skeleton kinds from a program", () => {
  it("no kind is `input`, as --generate-cli-skeleton alone", () => {
    expect(surface.generateCliSkeleton("put-thing")).toBe(
      surface.generateCliSkeleton("put-thing", "input"),
    );
  });

  it.each(["bogus", "INPUT", "", 1, null])("%o is a RangeError listing the kinds", (kind) => {
    expect(() => surface.generateCliSkeleton("put-thing", kind as "input")).toThrow(
      /unknown skeleton kind .*: choose from input, output, yaml-input/,
    );
  });
});

describe("the lower-level parseCommandLine", () => {
  it("refuses argv that is not a list of strings as a usage error", () => {
    const description = chainDescription("put-thing", 1, ["Name"]);
    const result = parseCommandLine(description, {}, ["--top", 5] as unknown as string[]);
    expect(result).toEqual({
      ok: false,
      exitCode: EXIT_CODES.usage,
      errors: [{ kind: "usage", message: "argv[1] is a number: argv must hold strings only" }],
    });
  });
});

describe("a caller's FileSource that misbehaves", () => {
  it("is named in the cli-input error, and what it threw is not quoted", () => {
    const files = {
      readText() {
        // eslint-disable-next-line @typescript-eslint/only-throw-error -- what a misbehaving source does
        throw "do-not-echo";
      },
      readBytes: () => "not bytes",
    } as unknown as FileSource;
    for (const [word, message] of [
      ["file://in.json", /cannot read file:\/\/in\.json: the file source threw a string/],
      ["fileb://in.json", /readBytes returned a string, not bytes/],
    ] as const) {
      const result = surface.parseCommandLine("put-thing", ["--cli-input-json", word], { files });
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.errors[0]!.message).toMatch(message);
      expect(JSON.stringify(result)).not.toContain("do-not-echo");
    }
  });
});

describe("a request sender that throws no Error", () => {
  it("is named by kind, not printed as [object Object]", async () => {
    const err: string[] = [];
    const code = await runCommand(surface, ["put-thing", "--top", "Name=x", "--send"], {
      io: { stdout: () => undefined, stderr: (t) => err.push(t) },
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- what a misbehaving sender does
      send: () => Promise.reject({ code: 1 }),
    });
    expect(code).toBe(EXIT_CODES.other);
    expect(err.join("")).toBe("shapekit-test: error: an object was thrown\n");
  });
});
