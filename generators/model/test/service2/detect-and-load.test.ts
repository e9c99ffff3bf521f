// service-2 files through `loadModel`: detection by name or content, gzip, folders, and a
// service-2 model merged with a Smithy file.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { loadModel } from "../../src/load.js";
import {
  botocoreLayout,
  isService2FileName,
  looksLikeService2,
  smithyPattern,
} from "../../src/service2/index.js";
import { botocoreServiceName } from "../../src/naming/service-names.js";
import { cliServiceName } from "../../src/cli-shapes.js";
import { mkdirSync } from "node:fs";

const fixtureText = readFileSync(
  fileURLToPath(new URL("./fixtures/widgets/service-2.json", import.meta.url)),
  "utf8",
);

function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), "shapekit-service2-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe("service-2 detection", () => {
  it("knows botocore's file names", () => {
    expect(isService2FileName("/x/sagemaker/2017-07-24/service-2.json.gz")).toBe(true);
    expect(isService2FileName("service-2.json")).toBe(true);
    expect(isService2FileName("my-service-2.json")).toBe(false);
  });

  it("recognises the form: metadata + operations + shapes, and no smithy key", () => {
    expect(looksLikeService2(fixtureText)).toBe(true);
    expect(looksLikeService2('{"shapes": {}, "operations": {}, "metadata": {}}')).toBe(true);
    expect(
      looksLikeService2('{"smithy": "2.0", "metadata": {}, "operations": {}, "shapes": {}}'),
    ).toBe(false);
    expect(
      looksLikeService2('{"metadata": {}, "operations": {}, "shapes": {}, "smithy": "2.0"}'),
    ).toBe(true);
    expect(looksLikeService2('{"metadata": {"operations": {}, "shapes": {}}}')).toBe(false);
    expect(looksLikeService2('{"smithy": "2.0", "shapes": {}}')).toBe(false);
    expect(looksLikeService2("[1, 2]")).toBe(false);
    expect(looksLikeService2("")).toBe(false);
  });
});

describe("botocore's service name", () => {
  it("reads the service folder and API version of botocore's layout", () => {
    expect(botocoreLayout("/d/iot-data/2015-05-28/service-2.json.gz")).toEqual({
      service: "iot-data",
      version: "2015-05-28",
    });
    expect(botocoreLayout("data\\logs\\2014-03-28\\service-2.json")).toEqual({
      service: "logs",
      version: "2014-03-28",
    });
    expect(botocoreLayout("/d/iot-data/latest/service-2.json")).toBeUndefined();
    expect(botocoreLayout("/d/Iot Data/2015-05-28/service-2.json")).toBeUndefined();
    expect(botocoreLayout("/d/iot-data/2015-05-28/model.json")).toBeUndefined();
  });

  it("names the service as the AWS CLI does when the version folder is the model's", () => {
    const root = mkdtempSync(join(tmpdir(), "shapekit-botocore-"));
    const load = (service: string, version: string) => {
      const dir = join(root, service, version);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, "service-2.json"), fixtureText);
      const { model } = loadModel([join(dir, "service-2.json")]);
      return model!.shapes().find((s) => s.type === "service")!;
    };
    const named = load("widget-store-cli", "2024-01-31");
    expect(botocoreServiceName(named)).toBe("widget-store-cli");
    expect(cliServiceName(named)).toBe("widget-store-cli");
    // Another version's folder: not botocore's layout for this file, so no name from the path.
    const elsewhere = load("other", "2020-01-01");
    expect(botocoreServiceName(elsewhere)).toBeUndefined();
    expect(cliServiceName(elsewhere)).toBe("widgetstore");
  });
});

describe("anchoring botocore patterns", () => {
  it.each([
    ["[a-z]+", "^[a-z]+$"],
    ["arn:aws:.*", "^arn:aws:"],
    [".*(?:\\s.*)*", "(?:\\s.*)*$"],
    [".*x.*", "x"],
    [".*", ".*"],
    ["a\\.*", "^a\\.*$"],
    ["^[a-z]+$", "^[a-z]+$"],
    ["^arn:.*", "^arn:"],
    ["[0-9]+$", "^[0-9]+$"],
    ["a\\$", "^a\\$$"],
  ])("%s → %s", (pattern, expected) => {
    expect(smithyPattern(pattern)).toBe(expected);
  });
});

describe("loadModel with service-2 files", () => {
  it("loads a gzip file under any .json.gz name, and a plain one detected by content", () => {
    const dir = folder({ "widgets.json.gz": gzipSync(Buffer.from(fixtureText)) });
    const gz = loadModel([join(dir, "widgets.json.gz")]);
    expect(gz.diagnostics).toEqual([]);
    const plain = loadModel([join(folder({ "widgets.json": fixtureText }), "widgets.json")]);
    expect(plain.diagnostics).toEqual([]);
    expect(plain.model!.ownShapes().map((s) => s.id)).toEqual(
      gz.model!.ownShapes().map((s) => s.id),
    );
    expect(gz.model!.ownShapes().length).toBeGreaterThan(30);
  });

  it("finds .json.gz files in folders, and merges with Smithy files", () => {
    const dir = folder({
      "service-2.json.gz": gzipSync(Buffer.from(fixtureText)),
      "extra.smithy":
        '$version: "2"\nnamespace com.amazonaws.widgetstore\n\nstructure Extra { name: WidgetName }\n',
    });
    const result = loadModel([dir]);
    expect(result.diagnostics).toEqual([]);
    expect(result.model!.ownShapes().some((s) => s.id === "com.amazonaws.widgetstore#Extra")).toBe(
      true,
    );
  });

  it("shows the decompressed source line under a diagnostic", () => {
    const broken = fixtureText.replace('"shape": "WidgetSize"', '"shape": "WidgetSise"');
    const dir = folder({ "service-2.json.gz": gzipSync(Buffer.from(broken)) });
    const result = loadModel([dir]);
    const d = result.diagnostics.find((x) => x.message.includes("WidgetSise"))!;
    expect(d.message).toBe(
      'Unknown shape "WidgetSise" (at shapes.PutWidgetRequest.members.Size.shape)',
    );
    expect(result.sourceText(d.location.file)!.split("\n")[d.location.line - 1]).toContain(
      '"Size": { "shape": "WidgetSise" }',
    );
  });
});
