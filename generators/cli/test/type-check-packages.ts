// Test support: type-checks the packages `shapekit generate --out <dir>` wrote, all of them
// together, in memory, strict, as their own tsconfig would (NodeNext, verbatimModuleSyntax,
// isolatedModules). The runtimes they import (@shapekit/validation, shorthand, cli) and what
// those declarations need (@smithy/types, @standard-schema/spec, yaml) are copied into the
// in-memory node_modules as declaration files from their builds (and @types/node, which the
// bin's `process` needs, as the base tsconfig has it); the generated packages import
// one another through `paths` read from their own package.json `exports`, with `dist/*.d.ts`
// mapped back to `src/*.ts`, so nothing has to be built or linked.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { Project, ts } from "ts-morph";

const require = createRequire(import.meta.url);

/** The runtimes generated code imports, and the packages their declarations import. */
const RUNTIMES = ["@shapekit/validation", "@shapekit/shorthand", "@shapekit/cli"];
const DECLARATION_DEPENDENCIES = ["@smithy/types", "@standard-schema/spec", "yaml", "@types/node"];

interface DiskFile {
  readonly path: string;
  readonly text: string;
}

function walk(
  dir: string,
  keep: (name: string) => boolean,
  root = dir,
  out: DiskFile[] = [],
): DiskFile[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules") walk(full, keep, root, out);
    } else if (keep(entry.name))
      out.push({ path: relative(root, full), text: readFileSync(full, "utf8") });
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

let declarations: Map<string, DiskFile[]> | undefined;

/** Declaration files of the runtimes and their dependencies, read once per test file. */
function runtimeDeclarations(): Map<string, DiskFile[]> {
  if (declarations) return declarations;
  declarations = new Map();
  const cliRoot = dirname(require.resolve("@shapekit/cli/package.json"));
  const roots = [...RUNTIMES, ...DECLARATION_DEPENDENCIES].map(
    (n) => [n, packageRoot(n, cliRoot)] as const,
  );
  for (const [name, root] of roots) {
    if (RUNTIMES.includes(name) && !existsSync(join(root, "dist/index.d.ts"))) {
      throw new Error(
        `${name} is not built (no dist/index.d.ts): run \`npx turbo run build\` or \`npm test\``,
      );
    }
    declarations.set(
      name,
      walk(root, (f) => f === "package.json" || f.endsWith(".d.ts") || f.endsWith(".d.mts")),
    );
  }
  return declarations;
}

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
        return [join(dirname(path), specifier!).replace(/\.js$/, ".ts")];
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

/**
 * Diagnostics of every package folder under `outDir` (each with a package.json and `src/`),
 * as `path:line: message`; empty when everything type-checks.
 */
export function typeCheckPackages(outDir: string): string[] {
  const paths: Record<string, string[]> = {};
  const sources = new Map<string, string>();
  const project = new Project({ useInMemoryFileSystem: true, compilerOptions: {} });
  const fs = project.getFileSystem();
  for (const [name, files] of runtimeDeclarations()) {
    for (const f of files) fs.writeFileSync(`/node_modules/${name}/${f.path}`, f.text);
  }
  for (const dir of readdirSync(outDir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    const root = join(outDir, dir.name);
    const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
      name: string;
      exports?: Record<string, unknown>;
    };
    for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
      const types =
        typeof target === "object" && target !== null
          ? (target as { types?: string }).types
          : undefined;
      if (types === undefined) continue;
      const source = types.replace(/^\.\/dist\//, `/${dir.name}/src/`).replace(/\.d\.ts$/, ".ts");
      paths[manifest.name + subpath.slice(1)] = [source];
    }
    for (const f of walk(join(root, "src"), (n) => n.endsWith(".ts"))) {
      sources.set(`/${dir.name}/src/${f.path}`, f.text);
    }
  }
  for (const path of leavesFirst(sources, paths))
    project.createSourceFile(path, sources.get(path)!);
  project.compilerOptions.set({ ...generatedPackageOptions, paths });
  return project
    .getPreEmitDiagnostics()
    .map(
      (d) =>
        `${d.getSourceFile()?.getFilePath() ?? "?"}:${d.getLineNumber() ?? 0}: ${ts.flattenDiagnosticMessageText(d.compilerObject.messageText, "\n")}`,
    );
}
