// Safe by default: models that are valid Smithy but written to break a code generator must
// generate packages that compile, invalid ones must get exit 1 with `file:line:col`, and
// nothing may exit 3 (an internal error). Each model of fixtures/hostile-names/ (its README
// says what each attacks) goes through `shapekit generate --model … --out <tmp>` in process;
// the packages of all valid models are then type-checked together, in memory, strict.

import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseDocument } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runShapekit } from "./run-shapekit.js";
import { typeCheckPackages } from "./type-check-packages.js";

const fixtures = fileURLToPath(new URL("./fixtures/hostile-names/", import.meta.url));
const validDir = join(fixtures, "valid");
const invalidDir = join(fixtures, "invalid");
const scratch = mkdtempSync(join(tmpdir(), "shapekit-hostile-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function shapekit(args: string[]): Promise<Run> {
  return runShapekit(args);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

const valid = readdirSync(validDir).sort();
const generated = new Map<string, Run & { out: string }>();

beforeAll(async () => {
  for (const file of valid) {
    const out = join(scratch, file.replace(/\.[a-z]+$/, ""));
    generated.set(file, {
      ...(await shapekit(["generate", "--model", join(validDir, file), "--out", out])),
      out,
    });
  }
});

const result = (file: string) => generated.get(file)!;
const cli = (file: string, ...words: string[]) =>
  shapekit(["cli", "--model", join(validDir, file), "--", ...words]);

describe("hostile but valid models", () => {
  it.each(valid)("%s: generates the four packages (exit 0)", (file) => {
    const run = result(file);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: "" });
    // The package folders, beside the workspace package.json a standalone --out gets.
    const kinds = readdirSync(run.out, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => /-(types|validators|shorthand|cli-skeleton)$/.exec(e.name)?.[1]);
    expect(kinds.sort()).toEqual(["cli-skeleton", "shorthand", "types", "validators"]);
  });

  it("type-check, every package of every model, strict", () => {
    expect(typeCheckPackages(valid.map((file) => result(file).out))).toEqual([]);
  });

  it("reserved-operations: description constants escape reserved words and the modules' own names", async () => {
    const index = readFileSync(
      join(
        result("reserved-operations.smithy").out,
        "reservedoperations-cli-skeleton/src/index.ts",
      ),
      "utf8",
    );
    // Each description's parts come in as `$<n>` and are put together under the constant.
    const constantOf = (file: string) => {
      const alias = new RegExp(
        `^import \\{ parts as (\\$\\d+) \\} from "\\./descriptions/${file}\\.js";$`,
        "m",
      ).exec(index)?.[1];
      return new RegExp(
        `^const (\\w+): __CliOperationDescription = __describeOperation\\(\\${alias}\\);$`,
        "m",
      ).exec(index)?.[1];
    };
    expect(constantOf("default")).toBe("_default");
    expect(constantOf("run")).toBe("run_");
    expect(constantOf("parse-argument")).toBe("parseArgument_");
    expect(index).toMatch(/^export async function run\(|^export function run\(/m);
    // The command surface of the model works for those operations too.
    expect(await cli("reserved-operations.smithy", "default", "--name", "x")).toEqual({
      code: 0,
      stdout: '{\n    "Name": "x"\n}\n',
      stderr: "",
    });
    expect((await cli("reserved-operations.smithy", "run", "--run", "r")).code).toBe(0);
  });

  it("runtime-names: runtime imports are aliased, so shapes may take their names", async () => {
    const out = result("runtime-names.smithy").out;
    const module = readFileSync(
      join(out, "runtimenames-validators/src/shapes/ValidationError.ts"),
      "utf8",
    );
    for (const runtime of [
      "ShapeValidator",
      "defineValidator",
      "ShapeGuard",
      "defineCheckGuard",
      "defineAssertion",
    ])
      expect(module).toContain(`${runtime} as __${runtime}`);
    expect(module).toContain(
      'import type { ValidationError } from "@shapekit/runtimenames-types";',
    );
    // `__Tags` and `__proto__` lose a leading underscore: `__` is the aliases' prefix.
    const structures = readFileSync(join(out, "runtimenames-types/src/structures.ts"), "utf8");
    for (const name of ["_Tags", "_proto__", "PATTERN_0"])
      expect(structures).toContain(`\nexport interface ${name} {`);
    const pattern = readFileSync(
      join(out, "runtimenames-validators/src/shapes/PATTERN_0.ts"),
      "utf8",
    );
    expect(pattern).toContain("const PATTERN_0_ = __regexpPattern(");
    const run = await cli(
      "runtime-names.smithy",
      "check",
      "--validation-error",
      "Message=far-too-long",
      "--private",
      '{"__proto__":"x"}',
    );
    expect(run.stderr).toContain(
      '--validation-error (ValidationError.Message): "far-too-long" has 12 characters; between 1 and 10 allowed',
    );
    const ok = await cli(
      "runtime-names.smithy",
      "check",
      "--validation-error",
      "Message=ok",
      "--private",
      '{"__proto__":"x"}',
    );
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual(
      JSON.parse('{"ValidationError":{"Message":"ok"},"Private":{"__proto__":"x"}}'),
    );
    // An operation named `constructor` with a member named `__proto__`.
    const proto = await cli("runtime-names.smithy", "constructor", "--__proto__", "p");
    expect(proto).toEqual({ code: 0, stdout: '{\n    "__proto__": "p"\n}\n', stderr: "" });
  });

  it("documentation: comment syntax in documentation stays inside the doc comment, tags after it", () => {
    const text = readFileSync(
      join(result("documentation.smithy").out, "documentation-types/src/structures.ts"),
      "utf8",
    );
    expect(text).toContain(
      [
        "  /**",
        '   * Matches a/* glob *\\/ and ends a comment *\\/ here; also `a/*b` and "quoted /* text".',
        "   *",
        "   * @required",
        "   * @minLength 1",
        "   * @maxLength 100",
        "   */",
        "  Glob: string;",
      ].join("\n"),
    );
  });

  it("long-names: every file name fits in 255 bytes", () => {
    const out = result("long-names.smithy").out;
    const files = filesUnder(out);
    const longest = Math.max(
      ...files.flatMap((f) =>
        relative(out, f)
          .split("/")
          .map((segment) => Buffer.byteLength(segment)),
      ),
    );
    expect(longest).toBeLessThanOrEqual(255);
    // The 301-character operation name still names the entry point, cut to a prefix and a hash.
    expect(files.some((f) => /\/operations\/Long(?:ong)+o?n?_[0-9a-f]{16}\.ts$/.test(f))).toBe(
      true,
    );
    for (const f of files) expect(statSync(f).size).toBeGreaterThan(0);
    // The 207-character service name makes package names that npm would refuse: cut the same way.
    for (const dir of readdirSync(out).filter((f) => f !== "package.json")) {
      const { name } = JSON.parse(readFileSync(join(out, dir, "package.json"), "utf8")) as {
        name: string;
      };
      expect(name.length).toBeLessThanOrEqual(214);
      expect(name).toBe(`@shapekit/${dir}`);
    }
  });

  it("enum-values: line breaks, comment and quote characters in enum values stay inside the YAML skeleton's values and comments", async () => {
    const run = await cli("enum-values.json", "put-kind", "--generate-cli-skeleton", "yaml-input");
    expect(run.code).toBe(0);
    const document = parseDocument(run.stdout);
    expect(document.errors).toEqual([]);
    expect(document.toJS()).toEqual({
      Kind: "A".repeat(100_000),
      Kinds: ["A".repeat(100_000)],
    });
    expect(run.stdout.split("\n").filter((line) => line !== "")).toHaveLength(3);
    const enumModule = readFileSync(
      join(result("enum-values.json").out, "enumvalues-types/src/enums.ts"),
      "utf8",
    );
    expect(enumModule).toContain('A_B_INJECTED: "a\\nb: injected",');
  });
});

describe("invalid models: exit 1, every error at file:line:col, nothing written", () => {
  const cases: Record<string, (file: string) => string[]> = {
    "case-conflicts.smithy": (file) => [
      `${file}:13:9: error: Member example.cases#PutThingInput$name differs only in case from member Name (${file}:12:9); member names must be unique ignoring case`,
      `${file}:22:11: error: Shape example.cases#THING differs only in case from example.cases#Thing (${file}:18:11); shape ids must be unique ignoring case`,
    ],
    "bounds.smithy": (file) => [
      `${file}:12:9: error: Invalid trait value on example.bounds#PutBoundsInput$Name: @length has min 5 greater than max 1, so no value could satisfy it`,
      `${file}:15:9: error: Invalid trait value on example.bounds#PutBoundsInput$Count: @range has min 10 greater than max 1, so no value could satisfy it`,
      `${file}:18:9: error: Invalid trait value on example.bounds#PutBoundsInput$Tags: @length.min is -1; a length cannot be negative`,
    ],
  };

  it("has a case for every invalid model", () => {
    expect(readdirSync(invalidDir).sort()).toEqual(Object.keys(cases).sort());
  });

  it.each(Object.keys(cases))("%s", async (name) => {
    const file = join(invalidDir, name);
    const out = join(scratch, `invalid-${name}`);
    const run = await shapekit(["generate", "--model", file, "--out", out]);
    expect(run.code).toBe(1);
    const expected = cases[name]!(file);
    expect(run.stderr.split("\n").filter((line) => /^\S+:\d+:\d+: error: /.test(line))).toEqual(
      expected,
    );
    expect(run.stderr).toContain(
      `shapekit generate: ${expected.length} errors in the model; nothing written.`,
    );
    expect(() => readdirSync(out)).toThrow();
  });
});
