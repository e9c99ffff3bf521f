// The runtimes and generated packages in a browser: esbuild bundles them as a web page's build
// would (`platform: "browser"`), and
//  - no bundle's graph imports a `node:` module or a Node builtin (the Node-only parts — reading
//    local files, the YAML parser — sit behind package.json conditions the browser never takes);
//  - the bundles run without Node: shorthand parses, `localFiles()` refuses with its error,
//    the cli-skeleton parses a command line and prints skeletons, and `--cli-input-yaml` says
//    how to load the YAML parser, which `import "@shapekit/cli/yaml"` then does.
// Sizes are not asserted here: `npm run bench` reports them (bench/browser-bundles.mjs).

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { BROWSER_BUNDLES, bundleForBrowser } from "../bench/browser-bundles.mjs";

const dir = mkdtempSync(path.join(tmpdir(), "shapekit-browser-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let count = 0;
/**
 * Bundles `source` for the browser and loads the bundle (a plain ES module, no imports left),
 * typed as the module it re-exports.
 */
async function loadBundle<Module>(source: string): Promise<Module> {
  const bundle = await bundleForBrowser(source);
  expect(bundle.nodeImports).toEqual([]);
  const file = path.join(dir, `bundle-${count++}.mjs`);
  writeFileSync(file, bundle.code);
  return (await import(/* @vite-ignore */ pathToFileURL(file).href)) as Module;
}

describe("browser bundles", () => {
  it.each(BROWSER_BUNDLES)("$name imports no node: module", async ({ name, source }) => {
    const bundle = await bundleForBrowser(source);
    expect(bundle.nodeImports).toEqual([]);
    expect(bundle.bytes).toBeGreaterThan(0);
    // The YAML library only where a page asked for it.
    expect(Object.hasOwn(bundle.inputs, "yaml")).toBe(name.includes("@shapekit/cli/yaml"));
  });

  it("the check sees node: imports: a Node bundle of the same package has the file reader's", async () => {
    const bundle = await bundleForBrowser('export * from "@shapekit/shorthand";', {
      platform: "node",
    });
    // The reader requires node:fs on its first read, through node:module's createRequire.
    expect(bundle.nodeImports).toEqual([
      expect.stringMatching(/^node:module from packages\/shorthand\/dist\/read-local-file\.js$/),
    ]);
  });

  it("shorthand runs, and localFiles() refuses to read with its FileAccessError", async () => {
    const s = await loadBundle<typeof import("@shapekit/shorthand")>(
      'export * from "@shapekit/shorthand";',
    );
    expect(s.parseShorthand("Key=a,Values=[b,c]")).toEqual({ Key: "a", Values: ["b", "c"] });
    let error: unknown;
    try {
      s.localFiles().readText("package.json");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(s.FileAccessError);
    expect(error).toMatchObject({
      reason: "unreadable",
      message: expect.stringMatching(/FileSource/),
    });
  });

  it("one operation's validators validate", async () => {
    const v = await loadBundle<
      typeof import("@shapekit/sagemaker-validators/operations/CreateEndpointConfig")
    >('export * from "@shapekit/sagemaker-validators/operations/CreateEndpointConfig";');
    const request = {
      EndpointConfigName: "c",
      ProductionVariants: [{ VariantName: "a", ModelName: "m", InstanceType: "ml.m5.large" }],
    };
    expect(v.validateInput(request)).toMatchObject({ ok: true, value: request });
    expect(v.validateInput({ EndpointConfigName: "bad name!" }).ok).toBe(false);
  });

  it("the cli-skeleton parses command lines and prints skeletons; YAML input needs @shapekit/cli/yaml", async () => {
    const c = await loadBundle<typeof import("@shapekit/sagemaker-cli-skeleton")>(
      'export * from "@shapekit/sagemaker-cli-skeleton";',
    );
    const parsed = c.parseCommandLine("create-endpoint-config", [
      "--endpoint-config-name",
      "c",
      "--production-variants",
      "VariantName=a,ModelName=m,InstanceType=ml.m5.large,InitialInstanceCount=1",
    ]);
    expect(parsed).toMatchObject({
      ok: true,
      request: {
        EndpointConfigName: "c",
        ProductionVariants: [{ VariantName: "a", ModelName: "m" }],
      },
    });
    expect(c.generateCliSkeleton("create-endpoint-config", "yaml-input")).toMatch(
      /^EndpointConfigName: '' {2}# \[REQUIRED\]/,
    );
    const document =
      "EndpointConfigName: c\nProductionVariants:\n- VariantName: a\n  ModelName: m\n";
    const yaml = c.parseCommandLine("create-endpoint-config", ["--cli-input-yaml", document]);
    if (yaml.ok) throw new Error("--cli-input-yaml worked in a bundle without @shapekit/cli/yaml");
    expect(JSON.stringify(yaml.errors)).toContain('import \\"@shapekit/cli/yaml\\"');

    const withYaml = await loadBundle<typeof import("@shapekit/sagemaker-cli-skeleton")>(
      'import "@shapekit/cli/yaml";\nexport * from "@shapekit/sagemaker-cli-skeleton";',
    );
    expect(
      withYaml.parseCommandLine("create-endpoint-config", ["--cli-input-yaml", document]),
    ).toMatchObject({
      ok: true,
      request: {
        EndpointConfigName: "c",
        ProductionVariants: [{ VariantName: "a", ModelName: "m" }],
      },
    });
  });
});
