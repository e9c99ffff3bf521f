import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { toCanonicalAst } from "@shapekit/model";
import { readManifest } from "../../../test/support/json-documents.js";
import { runShapekit } from "./run-shapekit.js";
import { temporaryFolders } from "./temp-folders.js";

/** The JSON AST `shapekit ast` prints and each package keeps as its model snapshot. */
type AstModel = ReturnType<typeof toCanonicalAst>;

const fixture = fileURLToPath(new URL("./fixtures/weather", import.meta.url));
const tempDir = temporaryFolders("cli");

/** A copy of the fixture project: <tmp>/spec/{weather.smithy,shapekit.json}, output in <tmp>/out. */
function project(): string {
  const dir = tempDir();
  cpSync(fixture, path.join(dir, "spec"), { recursive: true });
  return dir;
}

function cli(args: string[], cwd: string) {
  return runShapekit(args, { cwd });
}

describe("shapekit (command line)", () => {
  it("prints help and exits 0; an unknown command is a usage error (2)", async () => {
    expect((await cli(["--help"], fixture)).stdout).toContain("shapekit generate");
    const bad = await cli(["frobnicate"], fixture);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown command "frobnicate"');
    expect((await cli(["generate", "--nope"], fixture)).code).toBe(2);
    expect((await cli(["ast"], fixture)).code).toBe(2);
  });

  it("generate writes the packages, then reports them unchanged; --check passes", async () => {
    const dir = project();
    const first = await cli(["generate"], dir);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(
      /@example\/weather-types \(out\/weather-types\): \d+ created, 0 updated, 0 deleted, 0 unchanged/,
    );
    expect(existsSync(path.join(dir, "out", "weather-types", "package.json"))).toBe(true);

    const second = await cli(["generate"], dir);
    expect(second.stdout).toMatch(/0 created, 0 updated, 0 deleted, \d+ unchanged/);
    expect((await cli(["generate", "--check"], dir)).code).toBe(0);
  });

  it("--check writes nothing, prints a unified diff and exits 1 on drift; files ShapeKit did not write are not its business", async () => {
    const dir = project();
    await cli(["generate"], dir);
    const out = path.join(dir, "out", "weather-types");
    const pkg = path.join(out, "package.json");
    const original = readFileSync(pkg, "utf8");
    writeFileSync(pkg, original.replace('"license": "Apache-2.0"', '"license": "MIT"'));
    writeFileSync(path.join(out, "src", "mine.ts"), "export {};\n");
    // The model's one enum goes away: the enums module is stale.
    const model = path.join(dir, "spec", "weather.smithy");
    writeFileSync(
      model,
      readFileSync(model, "utf8")
        .replace("Sky: Sky", "Sky: String")
        .replace(/enum Sky \{[^}]*\}/, ""),
    );

    const check = await cli(["generate", "--check"], dir);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain("--- a/out/weather-types/package.json");
    expect(check.stdout).toContain('-  "license": "MIT"');
    expect(check.stdout).toContain("--- a/out/weather-types/src/enums.ts\n+++ /dev/null");
    expect(check.stdout).not.toContain("mine.ts");
    expect(check.stderr).toMatch(
      /--check: \d+ files differ from the model; generate again without --check to write them\.\n$/,
    );
    expect(readFileSync(pkg, "utf8")).toContain('"MIT"');

    expect((await cli(["generate"], dir)).code).toBe(0);
    expect(readFileSync(pkg, "utf8")).not.toContain('"MIT"');
    expect(existsSync(path.join(out, "src", "enums.ts"))).toBe(false);
    expect(readFileSync(path.join(out, "src", "mine.ts"), "utf8")).toBe("export {};\n");
  });

  it("a package folder pointing at hand-written files is refused, naming them; --force writes beside them and deletes none", async () => {
    const dir = project();
    const config = path.join(dir, "spec", "shapekit.json");
    writeFileSync(
      config,
      readFileSync(config, "utf8").replace("../out/weather-types", "../examples"),
    );
    const mine = ["NOTES.md", ".env", "test/mine.test.ts", "package.json"];
    for (const f of mine) {
      mkdirSync(path.dirname(path.join(dir, "examples", f)), { recursive: true });
      writeFileSync(path.join(dir, "examples", f), `hand-written ${f}\n`);
    }
    const refused = await cli(["generate"], dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("would overwrite files it did not write");
    expect(refused.stderr).toContain("holds files ShapeKit did not write");
    for (const f of mine) expect(refused.stderr).toContain(`  ${f}\n`);
    expect(refused.stderr).not.toContain("hand-written");
    expect(refused.stderr).toContain("--force");
    expect(readdirSync(path.join(dir, "examples")).sort()).toEqual([
      ".env",
      "NOTES.md",
      "package.json",
      "test",
    ]);
    expect((await cli(["generate", "--check"], dir)).code).toBe(1);

    expect((await cli(["generate", "--force"], dir)).code).toBe(0);
    expect(readFileSync(path.join(dir, "examples", "package.json"), "utf8")).toContain(
      "@example/examples",
    );
    // From now on the folder has a manifest: later generations need no --force, delete what
    // ShapeKit wrote and no longer generates, and nothing else.
    expect(existsSync(path.join(dir, "examples", "src", "enums.ts"))).toBe(true);
    const model = path.join(dir, "spec", "weather.smithy");
    writeFileSync(
      model,
      readFileSync(model, "utf8")
        .replace("Sky: Sky", "Sky: String")
        .replace(/enum Sky \{[^}]*\}/, ""),
    );
    const again = await cli(["generate"], dir);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/, 1 deleted,/);
    expect(existsSync(path.join(dir, "examples", "src", "enums.ts"))).toBe(false);
    for (const f of mine.slice(0, 3))
      expect(readFileSync(path.join(dir, "examples", f), "utf8")).toBe(`hand-written ${f}\n`);
  });

  it("a model error is reported with file:line:col and a caret, and nothing is written", async () => {
    const dir = project();
    const model = path.join(dir, "spec", "weather.smithy");
    writeFileSync(model, readFileSync(model, "utf8").replace("member: Day", "member: Dya"));
    const result = await cli(["generate"], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/weather\.smithy:\d+:\d+: error: .*Dya/);
    expect(result.stderr).toMatch(/\n\s+member: Dya\n\s+\^/);
    expect(existsSync(path.join(dir, "out"))).toBe(false);
  });

  it("a model path that is a FIFO or a device is refused at once, and nothing is written", async () => {
    const dir = project();
    const pipe = path.join(dir, "spec", "pipe.smithy");
    execFileSync("mkfifo", [pipe]);
    // Given by --model, or found in the spec folder beside the real model: a named pipe with no
    // writer would block a plain read for ever.
    for (const args of [
      ["generate", "--model", "spec/pipe.smithy", "--out", "generated"],
      ["generate"],
      ["cli", "--model", "spec/pipe.smithy", "--", "get-forecast"],
    ]) {
      const result = await cli(args, dir);
      expect({ args, code: result.code }).toEqual({ args, code: 1 });
      expect(result.stderr).toContain(
        `${pipe}:1:1: error: Cannot read ${pipe}: it is a named pipe (FIFO), not a regular file`,
      );
    }
    const device = await cli(["generate", "--model", "/dev/zero", "--out", "generated"], dir);
    expect(device.code).toBe(1);
    expect(device.stderr).toContain("Cannot read /dev/zero: it is a character device");
    expect(existsSync(path.join(dir, "generated"))).toBe(false);
    expect(existsSync(path.join(dir, "out"))).toBe(false);
  });

  it("an output folder whose path runs through a file is refused, naming the file", async () => {
    const dir = project();
    const file = path.join(dir, "notes.txt");
    writeFileSync(file, "mine\n");
    for (const out of ["notes.txt", "notes.txt/deeper", "/dev/null"]) {
      const result = await cli(["generate", "--model", "spec/weather.smithy", "--out", out], dir);
      expect({ out, code: result.code }).toEqual({ out, code: 1 });
      expect(result.stderr).not.toContain("internal error");
      expect(result.stderr).toContain(
        `a file where it needs a folder; move these away:\n  ${out === "/dev/null" ? out : file}\n`,
      );
      expect(result.stderr).toContain("Nothing was written.");
    }
    expect(readFileSync(file, "utf8")).toBe("mine\n");
  });

  it("config problems name the JSON path", async () => {
    const dir = project();
    writeFileSync(
      path.join(dir, "spec", "shapekit.json"),
      JSON.stringify({
        service: "Weather",
        operations: ["Get Forecast"],
        npmScope: "example",
        version: "1",
        packages: { typez: "x" },
        extra: 1,
      }),
    );
    const result = await cli(["generate"], dir);
    expect(result.code).toBe(1);
    for (const where of [
      "$.service",
      "$.operations[0]",
      "$.npmScope",
      "$.version",
      "$.packages.typez",
      "$.extra",
    ]) {
      expect(result.stderr).toContain(`${where}:`);
    }
    expect(result.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it("an operation the service does not have is a config error", async () => {
    const dir = project();
    const config = path.join(dir, "spec", "shapekit.json");
    writeFileSync(config, readFileSync(config, "utf8").replace("GetForecast", "GetWeather"));
    const result = await cli(["generate"], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "$.operations: no operation of example.weather#Weather matches GetWeather (it has 1 operation: GetForecast)",
    );
  });

  it("ast prints the canonical JSON AST; errors exit 1 with every diagnostic", async () => {
    const ok = await cli(["ast", path.join(fixture, "weather.smithy")], fixture);
    expect(ok.code).toBe(0);
    const ast = JSON.parse(ok.stdout) as AstModel;
    expect(ast.smithy).toBe("2.0");
    const ids = Object.keys(ast.shapes);
    expect(ids).toEqual([...ids].sort());
    expect(ids.some((id) => id.startsWith("smithy.api#"))).toBe(false);
    expect(
      ast.shapes["example.weather#GetForecastInput"]?.members?.City?.traits?.[
        "smithy.api#required"
      ],
    ).toEqual({});

    const dir = project();
    const broken = path.join(dir, "spec", "broken.smithy");
    writeFileSync(
      broken,
      '$version: "2.0"\nnamespace a.b\nstructure A { x: Missing }\nstructure B { y: AlsoMissing }\n',
    );
    const bad = await cli(["ast", broken], dir);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toMatch(/broken\.smithy:3:\d+: error:.*Missing/);
    expect(bad.stderr).toMatch(/broken\.smithy:4:\d+: error:.*AlsoMissing/);
    expect(readdirSync(dir)).toEqual(["spec"]);
  });
  it("operations may be globs; a glob that matches nothing is an error", async () => {
    const dir = project();
    const config = path.join(dir, "spec", "shapekit.json");
    writeFileSync(config, readFileSync(config, "utf8").replace('["GetForecast"]', '["Get*"]'));
    expect((await cli(["generate"], dir)).code).toBe(0);
    writeFileSync(config, readFileSync(config, "utf8").replace('["Get*"]', '["Get*", "Delete*"]'));
    const result = await cli(["generate"], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("no operation of example.weather#Weather matches Delete*");
  });

  it("generate --model --out needs no config: packages named after the service", async () => {
    const dir = project();
    const result = await cli(
      ["generate", "--model", "spec/weather.smithy", "--out", "generated"],
      dir,
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const pkg = readManifest(path.join(dir, "generated", "weather-types", "package.json"));
    expect(pkg.name).toBe("@shapekit/weather-types");
    expect(
      (
        await cli(
          ["generate", "--check", "--model", "spec/weather.smithy", "--out", "generated"],
          dir,
        )
      ).code,
    ).toBe(0);
    expect((await cli(["generate", "--model", "spec/weather.smithy"], dir)).code).toBe(2);
    expect(
      (
        await cli(
          ["generate", "--model", "spec/weather.smithy", "--out", "x", "--config", "c"],
          dir,
        )
      ).code,
    ).toBe(2);
    const unknown = await cli(
      ["generate", "--model", "spec/weather.smithy", "--out", "x", "--service", "Nope"],
      dir,
    );
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain(
      "--service: Nope is not a service of the model (services: example.weather#Weather)",
    );
  });

  it("generate --model <folder> --out inside that folder reads its own output back as no model", async () => {
    const dir = project();
    const args = ["generate", "--model", "spec", "--out", "spec/out"];
    expect((await cli(args, dir)).code).toBe(0);
    // The second run sees spec/out's packages (their package.json and tsconfig.json are JSON)
    // and the workspace package.json --out got: none of them is model input.
    const again = await cli(args, dir);
    expect(again.stderr).toBe("");
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("0 file(s) written");
    expect((await cli([...args, "--check"], dir)).code).toBe(0);
  });

  it("generate --model reads a botocore service folder as the AWS CLI does", async () => {
    const dir = project();
    const model = (apiVersion: string, operation: string) =>
      JSON.stringify({
        metadata: { apiVersion, serviceId: "Tiny", protocol: "json" },
        operations: { [operation]: { name: operation, input: { shape: "StreamRequest" } } },
        shapes: {
          StreamRequest: {
            type: "structure",
            members: { deleteStream: { shape: "DeleteStream" } },
          },
          DeleteStream: { type: "boolean" },
        },
      });
    const data = path.join(dir, "data", "tiny");
    mkdirSync(path.join(data, "2019-01-01"), { recursive: true });
    mkdirSync(path.join(data, "2020-01-01"), { recursive: true });
    writeFileSync(
      path.join(data, "2019-01-01", "service-2.json"),
      model("2019-01-01", "OldOperation"),
    );
    writeFileSync(
      path.join(data, "2020-01-01", "service-2.json"),
      model("2020-01-01", "DeleteStream"),
    );
    writeFileSync(path.join(data, "2020-01-01", "paginators-1.json"), '{"pagination": {}}');
    writeFileSync(
      path.join(data, "2020-01-01", "service-2.sdk-extras.json"),
      JSON.stringify({
        version: 1.0,
        merge: {
          shapes: { StreamRequest: { members: { SourceRegion: { shape: "DeleteStream" } } } },
        },
      }),
    );
    const result = await cli(["generate", "--model", "data/tiny", "--out", "generated"], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      "The shape DeleteStream has the name of the operation DeleteStream",
    );
    // The model the generation keeps: the renamed boolean, the operation under its own name.
    const snapshot = JSON.parse(
      readFileSync(path.join(dir, "generated", "tiny-cli-skeleton", "shapekit-model.json"), "utf8"),
    ) as AstModel;
    expect(snapshot.shapes["com.amazonaws.tiny#DeleteStreamShape"]).toEqual({
      type: "boolean",
      traits: { "shapekit.botocore#shapeName": "DeleteStream" },
    });
    expect(snapshot.shapes["com.amazonaws.tiny#DeleteStream"]?.type).toBe("operation");
    const skeleton = readdirSync(
      path.join(dir, "generated", "tiny-cli-skeleton", "src", "descriptions"),
    );
    expect(skeleton).toEqual(["delete-stream.ts"]);
    const description = readFileSync(
      path.join(dir, "generated", "tiny-cli-skeleton", "src", "descriptions", "delete-stream.ts"),
      "utf8",
    );
    expect(description).toContain("deleteStream");
    expect(description).toContain("SourceRegion");
  });
});
