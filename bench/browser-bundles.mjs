// Browser bundles of the runtimes and generated packages, made with esbuild as a web page's
// build would (`platform: "browser"`: the "browser" export condition, minified, tree-shaken),
// and their weight, min+gzip. Shared by `npm run bench` (the sizes) and
// test/browser-bundles.test.ts (no `node:` module in any of them). Bundles the built packages
// (`npm run generate` or `npm run build` first); `benchBrowserBundles` builds them itself.
import { execFileSync } from "node:child_process";
import { builtinModules } from "node:module";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));

/** The bundles measured and checked: an entry module each, importing what a page would. */
export const BROWSER_BUNDLES = [
  { name: "@shapekit/shorthand", source: 'export * from "@shapekit/shorthand";' },
  {
    name: "validators of one operation",
    source: 'export * from "@shapekit/sagemaker-validators/operations/CreateEndpointConfig";',
  },
  {
    name: "@shapekit/sagemaker-validators",
    source: 'export * from "@shapekit/sagemaker-validators";',
  },
  {
    name: "@shapekit/sagemaker-shorthand",
    source: 'export * from "@shapekit/sagemaker-shorthand";',
  },
  {
    name: "@shapekit/sagemaker-cli-skeleton",
    source: 'export * from "@shapekit/sagemaker-cli-skeleton";',
  },
  {
    name: "cli-skeleton + @shapekit/cli/yaml",
    source: 'import "@shapekit/cli/yaml";\nexport * from "@shapekit/sagemaker-cli-skeleton";',
  },
];

const builtins = new Set(builtinModules);

/**
 * One bundle of `source` (an ES module resolved from the repository root). `nodeImports` lists
 * every `node:` module or bare Node builtin the graph imports ("node:fs from <file>"): they are
 * left external so the whole graph is seen, and a browser bundle must have none. `inputs` is
 * the minified bytes each package contributes ("yaml", "re2js", "packages/cli", ...).
 */
export async function bundleForBrowser(source, { platform = "browser" } = {}) {
  const nodeImports = [];
  const result = await build({
    stdin: { contents: source, resolveDir: root, loader: "js", sourcefile: "entry.js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform,
    target: "es2022",
    write: false,
    metafile: true,
    logLevel: "silent",
    plugins: [
      {
        name: "record-node-builtins",
        setup(b) {
          b.onResolve({ filter: /.*/ }, (args) => {
            if (!args.path.startsWith("node:") && !builtins.has(args.path)) return undefined;
            nodeImports.push(`${args.path} from ${args.importer.replace(root, "")}`);
            return { path: args.path, external: true };
          });
        },
      },
    ],
  });
  const code = result.outputFiles[0].contents;
  const inputs = {};
  for (const [file, { bytesInOutput }] of Object.entries(
    Object.values(result.metafile.outputs)[0].inputs,
  )) {
    const key = packageOf(file);
    inputs[key] = (inputs[key] ?? 0) + bytesInOutput;
  }
  return { code, bytes: code.length, gzipBytes: gzipSync(code).length, nodeImports, inputs };
}

/** The package a bundled file belongs to: `node_modules/<name>` or `packages/<folder>`. */
function packageOf(file) {
  const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  if (dependency) return dependency[1];
  const workspace = /^(packages\/[^/]+)/.exec(file);
  return workspace ? workspace[1] : file;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

export async function benchBrowserBundles() {
  execFileSync(
    process.execPath,
    [`${root}node_modules/typescript/bin/tsc`, "-b", `${root}packages/sagemaker-cli-skeleton`],
    { stdio: "inherit" },
  );
  console.log("browser bundles (esbuild, platform browser, minified, gzip):");
  for (const { name, source } of BROWSER_BUNDLES) {
    const b = await bundleForBrowser(source);
    const largest = Object.entries(b.inputs)
      .sort((x, y) => y[1] - x[1])
      .slice(0, 3)
      .map(([k, v]) => `${k} ${kb(v)}`)
      .join(", ");
    const node = b.nodeImports.length === 0 ? "" : `  node: imports: ${b.nodeImports.join("; ")}`;
    console.log(
      `  ${name.padEnd(36)} ${kb(b.gzipBytes).padStart(9)} gz ${kb(b.bytes).padStart(9)} min  (${largest})${node}`,
    );
  }
}
