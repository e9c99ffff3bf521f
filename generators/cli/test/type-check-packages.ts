// Test support: type-checks the packages `shapekit generate --out <dir>` wrote, all of them
// together, in memory, strict, as their own tsconfig would (NodeNext, verbatimModuleSyntax,
// isolatedModules). The runtimes they import (@shapekit/validation, shorthand, cli) and what
// those declarations need (@smithy/types, @standard-schema/spec, yaml, and @types/node for the
// bin's `process`, as the base tsconfig has it) are served from their builds as declaration
// files under an in-memory `/node_modules`; the generated packages import one another through
// `paths` read from their own package.json `exports`, `dist/*.d.ts` mapped back to `src/*.ts`,
// so nothing has to be built or linked. Several generations can be checked as one program when
// their package names differ.
//
// The compiler API directly, not ts-morph: a compiler host over a map is cheap per file (a whole
// service's four thousand modules), and the parsed declaration files of the runtimes and the
// standard library are reused by every program of a test file.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join, posix, relative } from "node:path";
import ts from "typescript";

const require = createRequire(import.meta.url);

/** The runtimes generated code imports, and the packages their declarations import. */
const RUNTIMES = ["@shapekit/validation", "@shapekit/shorthand", "@shapekit/cli"];
const DECLARATION_DEPENDENCIES = ["@smithy/types", "@standard-schema/spec", "yaml", "@types/node"];

function walk(
  dir: string,
  keep: (name: string) => boolean,
  root = dir,
  out = new Map<string, string>(),
): Map<string, string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules") walk(full, keep, root, out);
    } else if (keep(entry.name))
      out.set(relative(root, full).split("\\").join("/"), readFileSync(full, "utf8"));
  }
  return out;
}

/** The folder of package `name` as Node would find it from `from` (exports may hide package.json). */
function packageRoot(name: string, from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) return candidate;
    if (dirname(dir) === dir) throw new Error(`${name} is not installed`);
  }
}

let declarations: Map<string, string> | undefined;

/** `/node_modules/<package>/…` → text, for the runtimes and their dependencies; read once. */
function runtimeDeclarations(): Map<string, string> {
  if (declarations) return declarations;
  declarations = new Map();
  const cliRoot = dirname(require.resolve("@shapekit/cli/package.json"));
  for (const name of [...RUNTIMES, ...DECLARATION_DEPENDENCIES]) {
    const root = packageRoot(name, cliRoot);
    if (RUNTIMES.includes(name) && !existsSync(join(root, "dist/index.d.ts"))) {
      throw new Error(
        `${name} is not built (no dist/index.d.ts): run \`npx turbo run build\` or \`npm test\``,
      );
    }
    const files = walk(
      root,
      (f) => f === "package.json" || f.endsWith(".d.ts") || f.endsWith(".d.mts"),
    );
    for (const [path, text] of files) declarations.set(`/node_modules/${name}/${path}`, text);
  }
  return declarations;
}

/** Parsed files that never change between programs: the standard library and the runtimes. */
const sharedSourceFiles = new Map<string, ts.SourceFile>();

const IMPORT = /\bfrom "([^"]+)";/g;

/**
 * The files in an order where each comes after the files it imports. TypeScript loads a root
 * file's imports depth-first, by recursion: a chain of a thousand or more modules (a model
 * nested that deep) exhausts its stack unless the innermost modules are already loaded. (`tsc`
 * on such a package needs `node --stack-size=…` for the same reason.)
 */
function leavesFirst(
  sources: ReadonlyMap<string, string>,
  paths: Readonly<Record<string, string[]>>,
): string[] {
  const imports = (path: string): string[] =>
    [...sources.get(path)!.matchAll(IMPORT)].flatMap(([, specifier]) => {
      if (specifier!.startsWith("."))
        return [posix.join(posix.dirname(path), specifier!).replace(/\.js$/, ".ts")];
      return paths[specifier!] ?? [];
    });
  const order: string[] = [];
  const seen = new Set<string>();
  for (const start of sources.keys()) {
    if (seen.has(start)) continue;
    seen.add(start);
    // Iterative post-order: a file is placed once everything it imports is.
    const stack: Array<{ path: string; next: string[] }> = [{ path: start, next: imports(start) }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const child = top.next.pop();
      if (child === undefined) {
        order.push(top.path);
        stack.pop();
      } else if (sources.has(child) && !seen.has(child)) {
        seen.add(child);
        stack.push({ path: child, next: imports(child) });
      }
    }
  }
  return order;
}

/** Compiler options of a generated package's build, strictest settings on. */
export const generatedPackageOptions: ts.CompilerOptions = {
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  noImplicitOverride: true,
  noFallthroughCasesInSwitch: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  verbatimModuleSyntax: true,
  isolatedModules: true,
  resolveJsonModule: true,
  noEmit: true,
  skipLibCheck: true,
  lib: ["lib.es2023.d.ts"],
  // As tsconfig.base.json: the cli-skeleton bin uses `process`.
  types: ["node"],
};

export interface TypeCheckOptions {
  /**
   * Report the diagnostics of these files only (paths as listed: `/<out>/<package>/src/…`), for
   * packages of thousands of modules; the whole program is still built. Default: every file.
   */
  readonly only?: (path: string) => boolean;
}

/**
 * Generated sources by in-memory path, each package's package.json (its `"type": "module"`
 * decides how TypeScript reads the sources), and `paths` mapping each package's exports.
 */
function generatedSources(outDirs: readonly string[]): {
  sources: Map<string, string>;
  /** Each package.json, and the JSON files the modules import. */
  manifests: Map<string, string>;
  paths: Record<string, string[]>;
} {
  const sources = new Map<string, string>();
  const manifests = new Map<string, string>();
  const paths: Record<string, string[]> = {};
  for (const outDir of outDirs) {
    for (const dir of readdirSync(outDir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      const root = join(outDir, dir.name);
      const folder = `/${basename(outDir)}/${dir.name}`;
      const manifestText = readFileSync(join(root, "package.json"), "utf8");
      manifests.set(`${folder}/package.json`, manifestText);
      const manifest = JSON.parse(manifestText) as {
        name: string;
        exports?: Record<string, unknown>;
      };
      for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
        const types =
          typeof target === "object" && target !== null
            ? (target as { types?: string }).types
            : undefined;
        if (types === undefined) continue;
        const specifier = manifest.name + subpath.slice(1);
        if (Object.hasOwn(paths, specifier))
          throw new Error(`Two generated packages export ${specifier}`);
        paths[specifier] = [
          types.replace(/^\.\/dist\//, `${folder}/src/`).replace(/\.d\.ts$/, ".ts"),
        ];
      }
      for (const [path, text] of walk(join(root, "src"), (n) => n.endsWith(".ts")))
        sources.set(`${folder}/src/${path}`, text);
      // JSON files the modules import (the validators' input schemas): read, not checked.
      if (existsSync(join(root, "schemas")))
        for (const [path, text] of walk(join(root, "schemas"), (n) => n.endsWith(".json")))
          manifests.set(`${folder}/schemas/${path}`, text);
    }
  }
  return { sources, manifests, paths };
}

/**
 * Diagnostics of every package folder under each of `outDirs` (folders `shapekit generate
 * --out` wrote: packages with a package.json and `src/`), checked together as one program, as
 * `path:line: message`; empty when everything type-checks. Files are listed as
 * `/<out folder name>/<package folder>/src/…`.
 */
export function typeCheckPackages(
  outDirs: readonly string[],
  options: TypeCheckOptions = {},
): string[] {
  const { sources, manifests, paths } = generatedSources(outDirs);
  const declared = runtimeDeclarations();
  const compilerOptions: ts.CompilerOptions = { ...generatedPackageOptions, paths };
  const libFolder = dirname(ts.getDefaultLibFilePath(compilerOptions));
  const directories = new Set<string>();
  for (const path of [...sources.keys(), ...manifests.keys(), ...declared.keys()]) {
    for (let dir = posix.dirname(path); !directories.has(dir); dir = posix.dirname(dir)) {
      directories.add(dir);
      if (dir === "/") break;
    }
  }
  const isLib = (path: string) =>
    path.startsWith(`${libFolder}/`) || path.startsWith(`${libFolder}\\`);
  const readFile = (path: string): string | undefined =>
    sources.get(path) ??
    manifests.get(path) ??
    declared.get(path) ??
    (isLib(path) && existsSync(path) ? readFileSync(path, "utf8") : undefined);
  const host: ts.CompilerHost = {
    getSourceFile(fileName, languageVersion) {
      const generated = sources.get(fileName);
      if (generated !== undefined) return ts.createSourceFile(fileName, generated, languageVersion);
      const shared = sharedSourceFiles.get(fileName);
      if (shared) return shared;
      const text = readFile(fileName);
      if (text === undefined) return undefined;
      const parsed = ts.createSourceFile(fileName, text, languageVersion, true);
      sharedSourceFiles.set(fileName, parsed);
      return parsed;
    },
    fileExists: (path) =>
      sources.has(path) ||
      manifests.has(path) ||
      declared.has(path) ||
      (isLib(path) && existsSync(path)),
    readFile,
    directoryExists: (path) => directories.has(path) || isLib(path),
    getDirectories: () => [],
    realpath: (path) => path,
    getCurrentDirectory: () => "/",
    getCanonicalFileName: (path) => path,
    useCaseSensitiveFileNames: () => true,
    getNewLine: () => "\n",
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    writeFile: () => {},
  };
  const program = ts.createProgram({
    rootNames: leavesFirst(sources, paths),
    options: compilerOptions,
    host,
  });
  const checked = program
    .getSourceFiles()
    .filter((f) => sources.has(f.fileName) && (options.only?.(f.fileName) ?? true));
  const diagnostics = [
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...checked.flatMap((f) => [
      ...program.getSyntacticDiagnostics(f),
      ...program.getSemanticDiagnostics(f),
    ]),
  ];
  return diagnostics.map((d) => {
    const line =
      d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
    return `${d.file?.fileName ?? "?"}:${line}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
  });
}
