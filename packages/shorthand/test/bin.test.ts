// The `shorthand` bin as a real process (the built dist/bin.js, run with node): text → JSON,
// --reverse, standard input, and syntax errors with their caret display and exit codes.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { readManifest } from "../../../test/support/json-documents.js";

const bin = fileURLToPath(new URL("../dist/bin.js", import.meta.url));

function shorthand(args: string[], input?: string, env?: Record<string, string>) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    encoding: "utf8",
    ...(input === undefined ? {} : { input }),
    ...(env ? { env: { ...process.env, ...env } } : {}),
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("the shorthand bin", () => {
  beforeAll(() => {
    if (!existsSync(bin)) {
      throw new Error(
        `${bin} is missing: build first with \`npx turbo run build\` (\`npm test\` does it)`,
      );
    }
  });

  it("prints the JSON of a shorthand text", () => {
    expect(shorthand(["a=b,c=[1,2]"])).toEqual({
      status: 0,
      stdout: '{"a":"b","c":["1","2"]}\n',
      stderr: "",
    });
    expect(JSON.parse(shorthand(["Name=x,Tags=[{Key=k,Value='a, b'}],List=p,q"]).stdout)).toEqual({
      Name: "x",
      Tags: [{ Key: "k", Value: "a, b" }],
      List: ["p", "q"],
    });
  });

  it("keeps __proto__ and constructor as ordinary keys", () => {
    expect(JSON.parse(shorthand(["__proto__=x,constructor={a=b}"]).stdout)).toEqual(
      JSON.parse('{"__proto__":"x","constructor":{"a":"b"}}'),
    );
  });

  it("prints shorthand with --reverse", () => {
    expect(shorthand(["--reverse", '{"a":"b","c":["1","x,y"]}'])).toEqual({
      status: 0,
      stdout: "a=b,c=[1,'x,y']\n",
      stderr: "",
    });
    const text = shorthand(["--reverse", '{"d":{"e":""},"f":["x y"]}']).stdout.trimEnd();
    expect(JSON.parse(shorthand([text]).stdout)).toEqual({ d: { e: "" }, f: ["x y"] });
  });

  it("writes numbers and booleans of --reverse's JSON as the text the AWS CLI converts back", () => {
    // A skeleton's placeholders (0, 0.0, true) are the usual case.
    expect(shorthand(["--reverse", '{"a":1,"b":[true,2.5],"c":{"d":1e21}}'])).toEqual({
      status: 0,
      stdout: "a=1,b=[true,2.5],c={d=1000000000000000000000}\n",
      stderr: "",
    });
    expect(shorthand(["--reverse", '{"a":null}'])).toEqual({
      status: 1,
      stdout: "",
      stderr: "shorthand: shorthand cannot express null\n",
    });
    const deep = `${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}`;
    expect(shorthand(["--reverse"], deep)).toMatchObject({
      status: 1,
      stderr: "shorthand: shorthand reads at most 480 levels of nesting\n",
    });
  });

  it("reads standard input when no text is given", () => {
    expect(shorthand([], "a=b,c=d\n")).toMatchObject({ status: 0, stdout: '{"a":"b","c":"d"}\n' });
    expect(shorthand(["--reverse"], '{"a":"b"}\n')).toMatchObject({ status: 0, stdout: "a=b\n" });
  });

  it("exits 1 with the caret message on a syntax error", () => {
    expect(shorthand(["a=[1"])).toEqual({
      status: 1,
      stdout: "",
      stderr: "shorthand: Expected: ',', received: 'EOF' for input:\na=[1\n    ^\n",
    });
    expect(shorthand([], "Key=a,Value=[1\n")).toEqual({
      status: 1,
      stdout: "",
      stderr:
        "shorthand: Expected: ',', received: 'EOF' for input:\nKey=a,Value=[1\n              ^\n",
    });
    const duplicate = shorthand(["a=1,a=2"]);
    expect(duplicate.status).toBe(1);
    expect(duplicate.stderr).toBe(
      'shorthand: Second instance of key "a" encountered for input:\na=1,a=2\n    ^\nThis is often because there is a preceding "," instead of a space.\n',
    );
  });

  it("exits 1 for JSON that has no shorthand or is not JSON", () => {
    expect(shorthand(["--reverse", "[1]"])).toMatchObject({
      status: 1,
      stdout: "",
      stderr: expect.stringMatching(/^shorthand: .*object/),
    });
    expect(shorthand(["--reverse", "{nope"])).toMatchObject({
      status: 1,
      stdout: "",
      stderr: expect.stringMatching(/^shorthand: .*JSON/),
    });
  });

  it("reads key@=file:// references as the AWS CLI does (the bin opts in), regular files only", () => {
    const dir = mkdtempSync(join(tmpdir(), "shorthand-bin-"));
    writeFileSync(join(dir, "v.txt"), "from a file");
    expect(shorthand([`a@=file://${join(dir, "v.txt")}`])).toMatchObject({
      status: 0,
      stdout: '{"a":"from a file"}\n',
    });
    expect(shorthand(["a@=file://$DIR/v.txt"], undefined, { DIR: dir })).toMatchObject({
      status: 0,
      stdout: '{"a":"from a file"}\n',
    });
    const zero = shorthand(["a@=file:///dev/zero"]);
    expect(zero.status).toBe(1);
    expect(zero.stderr).toContain(
      "Unable to load paramfile file:///dev/zero: not a regular file (a character device)",
    );
  });

  it("--version prints the package's version and exits 0", () => {
    const manifest = readManifest(new URL("../package.json", import.meta.url));
    expect(shorthand(["--version"])).toEqual({
      status: 0,
      stdout: `shorthand ${manifest.version}\n`,
      stderr: "",
    });
    // As a text it is not a flag: one word that starts with -- is a usage error.
    expect(shorthand(["--version", "a=b"])).toMatchObject({ status: 2, stdout: "" });
  });

  it("prints usage: exit 0 for --help, 2 for a wrong command line", () => {
    expect(shorthand(["--help"])).toMatchObject({
      status: 0,
      stdout: expect.stringMatching(/^usage: shorthand \[--reverse\] \[text\]/),
    });
    expect(shorthand(["a=b", "c=d"])).toMatchObject({
      status: 2,
      stdout: "",
      stderr: expect.stringMatching(/^usage: shorthand/),
    });
    expect(shorthand(["--bogus"])).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(/^usage: shorthand/),
    });
  });
});
