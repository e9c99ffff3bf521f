// `shapekit generate --model … --out DIR --service <pattern>`: every service the pattern names, in
// one run (botocore's data folder by service folder, any other model by service), each exactly as
// generating it alone writes it; a broken service is reported and skipped while the others are
// generated; the workspace root lists them all.
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readManifest } from "../../../test/support/json-documents.js";
import { runShapekit } from "./run-shapekit.js";
import { temporaryFolders } from "./temp-folders.js";

const tempDir = temporaryFolders("every-service");

/** A small service-2 model named `name`, with one operation. */
function service2(name: string): string {
  return JSON.stringify({
    version: "2.0",
    metadata: {
      apiVersion: "2020-01-01",
      endpointPrefix: name,
      jsonVersion: "1.1",
      protocol: "json",
      serviceFullName: `Example ${name}`,
      serviceId: name,
      signatureVersion: "v4",
      targetPrefix: name,
      uid: `${name}-2020-01-01`,
    },
    operations: {
      GetThing: {
        name: "GetThing",
        http: { method: "POST", requestUri: "/" },
        input: { shape: "GetThingRequest" },
      },
    },
    shapes: {
      GetThingRequest: {
        type: "structure",
        required: ["Name"],
        members: { Name: { shape: "ThingName" } },
      },
      ThingName: { type: "string", max: 8 },
    },
  });
}

/** botocore's data layout: the root files, and a folder per service with one API version. */
function botocoreData(dir: string, services: Record<string, string>): string {
  const data = path.join(dir, "data");
  mkdirSync(data);
  writeFileSync(path.join(data, "_retry.json"), "{}");
  writeFileSync(path.join(data, "endpoints.json"), "{}");
  for (const [name, text] of Object.entries(services)) {
    mkdirSync(path.join(data, name, "2020-01-01"), { recursive: true });
    writeFileSync(path.join(data, name, "2020-01-01", "service-2.json"), text);
  }
  return data;
}

/** Every file below `dir`, relative, with its text. */
function tree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) {
      const full = path.join(entry.parentPath, entry.name);
      files.set(path.relative(dir, full), readFileSync(full, "utf8"));
    }
  return files;
}

/** The same files with the same bytes below both folders, but for the workspace package.json. */
function expectSamePackages(ours: string, theirs: string): void {
  const a = tree(ours);
  const b = tree(theirs);
  a.delete("package.json");
  b.delete("package.json");
  expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
  for (const [file, text] of a) expect(text, file).toBe(b.get(file));
}

describe("shapekit generate --service <pattern> over botocore's data folder", () => {
  it("generates each matching service as its own --model run would, and lists them all in the workspace", async () => {
    const dir = tempDir();
    const data = botocoreData(dir, {
      alpha: service2("alpha"),
      beta: service2("beta"),
      other: service2("other"),
    });
    const run = await runShapekit(
      ["generate", "--model", "data", "--out", "out", "--service", "{alpha,beta}"],
      { cwd: dir },
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("shapekit generate: 2 service(s), 2 generated");
    const out = path.join(dir, "out");
    expect(readdirSync(out).filter((n) => n.startsWith("other"))).toEqual([]);
    expect(readManifest(path.join(out, "package.json")).workspaces).toEqual(
      ["alpha", "beta"].flatMap((s) =>
        ["types", "validators", "shorthand", "cli-skeleton"].map((k) => `${s}-${k}`),
      ),
    );

    // The same bytes as one service at a time (a twin folder, so relative paths read the same).
    const twin = tempDir();
    cpSync(data, path.join(twin, "data"), { recursive: true });
    for (const service of ["alpha", "beta"]) {
      const one = await runShapekit(["generate", "--model", `data/${service}`, "--out", "out"], {
        cwd: twin,
      });
      expect(one.code).toBe(0);
    }
    expectSamePackages(out, path.join(twin, "out"));

    const check = await runShapekit(
      ["generate", "--model", "data", "--out", "out", "--service", "{alpha,beta}", "--check"],
      { cwd: dir },
    );
    expect(check.code).toBe(0);
    expect(check.stdout).toContain("2 service(s), 2 up to date");
  });

  it("reports a service whose model is broken, generates the others, and exits 1", async () => {
    const dir = tempDir();
    botocoreData(dir, { alpha: service2("alpha"), broken: "{ not json", gamma: service2("gamma") });
    const run = await runShapekit(
      ["generate", "--model", "data", "--out", "out", "--service", "*"],
      {
        cwd: dir,
      },
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("service-2.json");
    expect(run.stdout).toContain("3 service(s), 2 generated, 1 failed: broken");
    const folders = readdirSync(path.join(dir, "out"));
    expect(folders).toContain("alpha-types");
    expect(folders).toContain("gamma-types");
    expect(folders.some((f) => f.startsWith("broken"))).toBe(false);
  });

  it("says which folders there are when the pattern matches none", async () => {
    const dir = tempDir();
    botocoreData(dir, { alpha: service2("alpha") });
    const run = await runShapekit(
      ["generate", "--model", "data", "--out", "out", "--service", "z*"],
      {
        cwd: dir,
      },
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      "--service z*: no service folder of data matches (it has 1: alpha)",
    );
    expect(readdirSync(dir)).toEqual(["data"]);
  });

  it("over any other model, generates each service it defines that the pattern names", async () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, "model.smithy"),
      `$version: "2.0"
namespace example.two

service Alpha { operations: [GetAlpha] }
service Beta { operations: [GetBeta] }
service Gamma { operations: [GetBeta] }

operation GetAlpha { input := { Name: String } }
operation GetBeta { input := { @required Id: String } }
`,
    );
    const run = await runShapekit(
      [
        "generate",
        "--model",
        "model.smithy",
        "--out",
        "out",
        "--service",
        "{Alpha,example.two#Beta}",
      ],
      { cwd: dir },
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("shapekit generate: 2 service(s), 2 generated");
    const twin = tempDir();
    cpSync(path.join(dir, "model.smithy"), path.join(twin, "model.smithy"));
    for (const id of ["example.two#Alpha", "example.two#Beta"]) {
      const one = await runShapekit(
        ["generate", "--model", "model.smithy", "--out", "out", "--service", id],
        { cwd: twin },
      );
      expect(one.code).toBe(0);
    }
    expectSamePackages(path.join(dir, "out"), path.join(twin, "out"));

    const none = await runShapekit(
      ["generate", "--model", "model.smithy", "--out", "out", "--service", "Z*"],
      { cwd: dir },
    );
    expect(none.code).toBe(1);
    expect(none.stderr).toContain(
      "--service Z*: no service of the model matches (it has 3: example.two#Alpha, example.two#Beta, example.two#Gamma)",
    );
  });
});
