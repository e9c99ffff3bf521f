// Which files a folder contributes to a model, botocore's data layout included: the latest API
// version of a service, only its service-2 file (not paginators, waiters, examples, endpoint
// rules or extras), not the files at the top of the data folder; other folders as before.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { loadModel } from "../src/load.js";
import { botocoreServiceFolders, listModelFiles } from "../src/model-files.js";

function service2(serviceId: string, apiVersion: string, operation: string): string {
  return JSON.stringify({
    metadata: { apiVersion, serviceId, protocol: "json" },
    operations: { [operation]: { name: operation } },
    shapes: {},
  });
}

/** Writes `files` (relative path → content) below a new temporary folder. */
function tree(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), "shapekit-layout-"));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

function listed(root: string, path = root): string[] {
  const result = listModelFiles([path]);
  expect(result.diagnostics).toEqual([]);
  return result.files.map((f) => relative(root, f));
}

const companions = {
  "paginators-1.json": '{"pagination": {}}',
  "paginators-1.sdk-extras.json": "{}",
  "waiters-2.json": '{"version": 2, "waiters": {}}',
  "examples-1.json": "{}",
  "endpoint-rule-set-1.json.gz": gzipSync(Buffer.from("{}")),
  "service-2.sdk-extras.json": '{"version": 1.0}',
};

function botocoreData(): string {
  const files: Record<string, string | Uint8Array> = {
    "_retry.json": "{}",
    "endpoints.json": "{}",
    "partitions.json": "{}",
    "sdk-default-configuration.json": "{}",
    "alpha/2014-01-01/service-2.json.gz": gzipSync(
      Buffer.from(service2("Alpha", "2014-01-01", "OldOperation")),
    ),
    "alpha/2016-11-15/service-2.json.gz": gzipSync(
      Buffer.from(service2("Alpha", "2016-11-15", "NewOperation")),
    ),
    // A version folder without a model, as DynamoDB's 2011-12-05 in botocore.
    "alpha/2019-01-01/endpoint-rule-set-1.json.gz": gzipSync(Buffer.from("{}")),
    "beta/2020-05-31/service-2.json": service2("Beta", "2020-05-31", "Ping"),
  };
  for (const [name, content] of Object.entries(companions)) {
    files[`alpha/2016-11-15/${name}`] = content;
    files[`beta/2020-05-31/${name}`] = content;
  }
  return tree(files);
}

describe("listModelFiles in botocore's data layout", () => {
  const root = botocoreData();

  it("takes only the service-2 file of a version folder", () => {
    expect(listed(root, join(root, "alpha/2016-11-15"))).toEqual([
      "alpha/2016-11-15/service-2.json.gz",
    ]);
  });

  it("takes the latest API version that has a model from a service folder", () => {
    expect(listed(root, join(root, "alpha"))).toEqual(["alpha/2016-11-15/service-2.json.gz"]);
  });

  it("takes every service's latest model from the data folder, and none of its top-level files", () => {
    expect(listed(root)).toEqual([
      "alpha/2016-11-15/service-2.json.gz",
      "beta/2020-05-31/service-2.json",
    ]);
  });

  it("prefers service-2.json to service-2.json.gz, as botocore does", () => {
    const both = tree({
      "2020-01-01/service-2.json": "{}",
      "2020-01-01/service-2.json.gz": gzipSync(Buffer.from("{}")),
    });
    expect(listed(both)).toEqual(["2020-01-01/service-2.json"]);
  });

  it("still loads Smithy files and other JSON AST files beside a service-2 file", () => {
    const mixed = tree({
      "service-2.json": "{}",
      "extra.smithy": "",
      "more.json": "{}",
      "waiters-2.json": "{}",
    });
    expect(listed(mixed)).toEqual(["extra.smithy", "more.json", "service-2.json"]);
  });

  it("leaves folders that are not botocore's alone", () => {
    const plain = tree({
      "a/model.json": "{}",
      "b/model.smithy": "",
      "endpoints.json": "{}",
      "2020-01-01/model.smithy": "",
      "2021-01-01/model.smithy": "",
      "shapekit.json": "{}",
    });
    expect(listed(plain)).toEqual([
      "2020-01-01/model.smithy",
      "2021-01-01/model.smithy",
      "a/model.json",
      "b/model.smithy",
      "endpoints.json",
    ]);
  });

  it("leaves out installed packages, hidden folders, generated packages and npm's files", () => {
    // `--out spec/out` beside the model: what the generation wrote must not be read back as a
    // model next time (its package.json and tsconfig.json are JSON).
    const folder = tree({
      "model.smithy": "",
      "nested/more.json": "{}",
      "node_modules/x/package.json": "{}",
      ".git/config.json": "{}",
      "out/package.json": "{}",
      "out/weather-types/.shapekit-manifest.json": "{}",
      "out/weather-types/shapekit-model.json": "{}",
      "out/weather-types/tsconfig.json": "{}",
      "package-lock.json": "{}",
      "tsconfig.json": "{}",
    });
    expect(listed(folder)).toEqual(["model.smithy", "nested/more.json"]);
    // A file named on its own is read whatever its name: only folders are filtered.
    expect(listed(folder, join(folder, "out", "package.json"))).toEqual(["out/package.json"]);
  });

  it("reports a path that does not exist as a diagnostic", () => {
    const result = listModelFiles([join(root, "nope")]);
    expect(result.files).toEqual([]);
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      `Cannot read ${join(root, "nope")}: ENOENT`,
    ]);
  });
});

describe("loadModel in botocore's data layout", () => {
  const root = botocoreData();

  it("loads a service folder as the AWS CLI does: the latest version, no companion files", () => {
    const result = loadModel([join(root, "alpha")]);
    expect(result.diagnostics).toEqual([]);
    expect(result.model!.ownShapes().map((s) => s.id)).toEqual([
      "com.amazonaws.alpha#Alpha",
      "com.amazonaws.alpha#NewOperation",
      "shapekit.botocore#serviceName",
    ]);
    // The AWS CLI's name for the service is its folder's.
    const service = result.model!.expectShape("com.amazonaws.alpha#Alpha");
    expect(service.traits.get("shapekit.botocore#serviceName")).toBe("alpha");
  });

  it("loads the whole data folder: one service per botocore service", () => {
    const result = loadModel([root]);
    expect(result.diagnostics).toEqual([]);
    expect(
      result
        .model!.ownShapes()
        .filter((s) => s.type === "service")
        .map((s) => s.id),
    ).toEqual(["com.amazonaws.alpha#Alpha", "com.amazonaws.beta#Beta"]);
  });
});

describe("botocoreServiceFolders", () => {
  it("lists the service folders of the data folder that hold a model, sorted", () => {
    const root = tree({
      "_retry.json": "{}",
      "endpoints.json": "{}",
      "zeta/2020-01-01/service-2.json": service2("zeta", "2020-01-01", "Op"),
      "alpha/2019-01-01/service-2.json.gz": gzipSync(service2("alpha", "2019-01-01", "Op")),
      // No service-2 file in any version folder, and no version folder at all: not services.
      "docs-only/2020-01-01/paginators-1.json": "{}",
      "notes/readme.json": "{}",
    });
    expect(botocoreServiceFolders(root)).toEqual(["alpha", "zeta"]);
  });

  it("is undefined for a folder that is not botocore's data folder", () => {
    const root = tree({ "alpha/2019-01-01/service-2.json": service2("alpha", "2019-01-01", "Op") });
    expect(botocoreServiceFolders(root)).toBeUndefined();
    expect(botocoreServiceFolders(join(root, "missing"))).toBeUndefined();
  });
});
