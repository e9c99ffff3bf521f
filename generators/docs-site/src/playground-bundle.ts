// Bundles the browser scripts of the site with esbuild: one classic IIFE script per operation
// page (a page opened from file:// cannot load ES modules) holding that operation's entry points
// of the generated packages plus the runtimes and the playground, and the index's search.
// The generated packages are not on disk: a plugin serves their files from memory, so
// `shapekit docs` runs on any model without writing or installing packages first; the runtimes
// (@shapekit/cli, @shapekit/shorthand, @shapekit/validation) resolve from node_modules.
// The runtimes are browser-safe under the `browser` condition (file reading and YAML sit behind
// conditional imports), so a `node:` module reaching the graph is a bug: the build fails on it.

import { build, type Plugin } from "esbuild";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** A package generated in memory: its npm name and its files by path inside it (`src/index.ts`). */
export interface GeneratedPackage {
  readonly name: string;
  readonly files: ReadonlyMap<string, string>;
}

/** The playground script of one operation: its entry points in the generated packages. */
export interface PlaygroundEntry {
  /** Where the script goes, relative to the site (`assets/create-endpoint-config.js`). */
  readonly outFile: string;
  /** Module specifiers: `@shapekit/sagemaker-cli-skeleton/operations/CreateEndpointConfig`, … */
  readonly cliSkeleton: string;
  readonly shorthand: string;
  readonly validators: string;
}

/** Thrown when esbuild cannot bundle a script (a generator or runtime bug, not user input). */
export class BundleError extends Error {
  override name = "BundleError";
}

const here = path.dirname(fileURLToPath(import.meta.url));

/** A module of this package's browser code, compiled (dist) or not (tests run the sources). */
function browserModule(name: string): string {
  const js = path.join(here, "browser", `${name}.js`);
  return existsSync(js) ? js : path.join(here, "browser", `${name}.ts`);
}

function entrySource(entry: PlaygroundEntry): string {
  const playground = browserModule("playground");
  return [
    `import * as cli from ${JSON.stringify(entry.cliSkeleton)};`,
    `import * as shorthand from ${JSON.stringify(entry.shorthand)};`,
    `import * as validators from ${JSON.stringify(entry.validators)};`,
    `import { startPlayground } from ${JSON.stringify(playground)};`,
    "startPlayground({",
    "  description: cli.description,",
    "  parseCommandLine: cli.parseCommandLine,",
    "  generateCliSkeleton: cli.generateCliSkeleton,",
    "  parseArgument: shorthand.parseArgument,",
    "  toArgument: shorthand.toArgument,",
    "  validateInput: validators.validateInput,",
    "});",
  ].join("\n");
}

const SEARCH_ENTRY = "assets/search.js";

function searchSource(): string {
  return `import { startSearch } from ${JSON.stringify(browserModule("search"))};\nstartSearch();`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Serves the generated packages and the virtual entry points; refuses `node:` modules. */
function sitePlugin(
  packages: readonly GeneratedPackage[],
  entries: ReadonlyMap<string, string>,
): Plugin {
  const byName = new Map(packages.map((p) => [p.name, p]));
  const names = packages.map((p) => escapeRegExp(p.name)).join("|");
  const packageImport = new RegExp(`^(${names || "(?!)"})(?:/(.+))?$`);
  return {
    name: "shapekit-site",
    setup(b) {
      b.onResolve({ filter: /^site-entry:/ }, (args) => ({
        path: args.path.slice("site-entry:".length),
        namespace: "site-entry",
      }));
      b.onLoad({ filter: /.*/, namespace: "site-entry" }, (args) => ({
        contents: entries.get(args.path)!,
        loader: "js",
        resolveDir: here,
      }));
      b.onResolve({ filter: packageImport }, (args) => {
        const [, name, sub] = packageImport.exec(args.path)!;
        return { path: `${name}/src/${sub ?? "index"}.ts`, namespace: "generated" };
      });
      b.onResolve({ filter: /^\./, namespace: "generated" }, (args) => ({
        path: path.posix.join(path.posix.dirname(args.importer), args.path.replace(/\.js$/, ".ts")),
        namespace: "generated",
      }));
      b.onLoad({ filter: /.*/, namespace: "generated" }, (args) => {
        const name = [...byName.keys()].find((n) => args.path.startsWith(`${n}/`));
        const text =
          name === undefined
            ? undefined
            : byName.get(name)!.files.get(args.path.slice(name.length + 1));
        if (text === undefined) return { errors: [{ text: `no generated file ${args.path}` }] };
        // Runtime imports of generated code resolve from this package's node_modules. A JSON
        // file (an operation input's schema, imported by its entry) is data.
        const loader = args.path.endsWith(".json") ? "json" : "ts";
        return { contents: text, loader, resolveDir: here };
      });
      b.onResolve({ filter: /^node:/ }, (args) => ({
        errors: [{ text: `${args.path} (imported by ${args.importer}) has no place in a page` }],
      }));
    },
  };
}

/**
 * The site's scripts: each entry's playground and `assets/search.js`, minified IIFEs for
 * browsers, by path relative to the site. Deterministic for the same inputs.
 */
export async function bundleScripts(
  packages: readonly GeneratedPackage[],
  entries: readonly PlaygroundEntry[],
): Promise<Map<string, string>> {
  const sources = new Map<string, string>([[SEARCH_ENTRY, searchSource()]]);
  for (const entry of entries) sources.set(entry.outFile, entrySource(entry));
  let result;
  try {
    result = await build({
      entryPoints: [...sources.keys()].map((file) => ({
        in: `site-entry:${file}`,
        out: file.replace(/\.js$/, ""),
      })),
      bundle: true,
      write: false,
      outdir: "/site",
      format: "iife",
      platform: "browser",
      target: "es2022",
      minify: true,
      legalComments: "none",
      charset: "utf8",
      logLevel: "silent",
      absWorkingDir: here,
      plugins: [sitePlugin(packages, sources)],
    });
  } catch (e) {
    const errors = (e as { errors?: Array<{ text: string }> }).errors ?? [];
    throw new BundleError(
      `esbuild could not bundle the site's scripts: ${errors.map((x) => x.text).join("; ") || (e as Error).message}`,
    );
  }
  const out = new Map<string, string>();
  for (const file of result.outputFiles)
    out.set(path.posix.relative("/site", file.path.split(path.sep).join("/")), file.text);
  return out;
}
