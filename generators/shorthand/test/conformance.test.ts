// The generated package against the AWS CLI's recorded behaviour: the 3,002 cases of the
// shared corpus and our own recordings (test/data/shorthand-awscli-extra.jsonl: quoting,
// escapes, whitespace, nested lists, Unicode, empty values, `@=`, argparse corners, and 1,500
// mutations of corpus cases, all recorded with tools/record-awscli.py). `ok` must agree, and
// the value deep-equal where the CLI accepted.
import { readFileSync } from "node:fs";
import { sameValue } from "@shapekit/shorthand";
import { describe, expect, it } from "vitest";
import { parseArgument } from "../../../packages/sagemaker-shorthand/src/index.js";

interface Case {
  param: string;
  args: string[];
  expect: { ok: boolean; value?: unknown; message?: string };
}

function cases(file: string): Case[] {
  return readFileSync(new URL(`./data/${file}`, import.meta.url), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Case);
}

/** Files are never read in these cases: every reference names a missing file. */
const noFiles = {
  readText(path: string): string {
    throw new Error(`[Errno 2] No such file or directory: '${path}'`);
  },
  readBytes(path: string): Uint8Array {
    throw new Error(`[Errno 2] No such file or directory: '${path}'`);
  },
};

describe.each(["shorthand-awscli.jsonl", "shorthand-awscli-extra.jsonl"])("%s", (file) => {
  const all = cases(file);

  it("agrees with the AWS CLI on every case", () => {
    const disagreements = all.filter((c) => {
      const r = parseArgument("create-endpoint-config", c.param, c.args, { files: noFiles });
      return r.ok !== c.expect.ok || (r.ok && !sameValue(r.value, c.expect.value));
    });
    expect(disagreements.map((c) => JSON.stringify([c.param, c.args]))).toEqual([]);
    expect(all.length).toBeGreaterThan(1000);
  });

  it("explains every refusal with the option's name", () => {
    for (const c of all.filter((c) => !c.expect.ok).slice(0, 300)) {
      const r = parseArgument("create-endpoint-config", c.param, c.args, { files: noFiles });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toContain(c.param);
    }
  });
});

describe("parseArgument", () => {
  it("reads the issue's example", () => {
    expect(
      parseArgument("create-endpoint-config", "--production-variants", [
        "VariantName=a",
        "VariantName=b",
      ]),
    ).toEqual({
      ok: true,
      value: [{ VariantName: "a" }, { VariantName: "b" }],
    });
  });

  it("shows the input with a caret under a syntax error", () => {
    const r = parseArgument("create-endpoint-config", "--tags", ["Key=a,Value=[1"]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.message).toBe(
        "Error parsing parameter '--tags': Expected: ',', received: 'EOF' for input:\nKey=a,Value=[1\n              ^",
      );
    }
  });

  it("refuses unknown commands and options as results, not exceptions", () => {
    // @ts-expect-error -- an unknown command: refused by the types, and at run time as a result
    expect(parseArgument("nope", "--tags", []).ok).toBe(false);
    // A list option with no word at all is an empty list, as the AWS CLI v1 records show.
    expect(parseArgument("create-endpoint-config", "--tags", [])).toEqual({ ok: true, value: [] });
    // @ts-expect-error -- an unknown option: refused by the types, and at run time as a result
    expect(parseArgument("create-endpoint-config", "--nope", []).ok).toBe(false);
  });

  it("reads file:// values through the given file source", () => {
    const files = { readText: () => "Key=a,Value=b", readBytes: () => new Uint8Array() };
    expect(
      parseArgument("create-endpoint-config", "--tags", ["file://tags.txt"], { files }),
    ).toEqual({
      ok: true,
      value: { Key: "a", Value: "b" },
    });
    expect(
      parseArgument("create-endpoint-config", "--kms-key-id", ["file://key.txt"], { files }),
    ).toEqual({ ok: true, value: "Key=a,Value=b" });
  });

  it("treats __proto__ and constructor as ordinary keys", () => {
    const r = parseArgument("create-endpoint-config", "--vpc-config", [
      "__proto__=x,constructor={a=b}",
    ]);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(Object.keys(r.value as object)).toEqual(["__proto__", "constructor"]);
      expect(Object.getPrototypeOf(r.value)).toBe(Object.prototype);
      expect(({} as Record<string, unknown>).a).toBeUndefined();
    }
  });
});
