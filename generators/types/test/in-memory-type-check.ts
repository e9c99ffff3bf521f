// Test support: type-checks a generated package in memory with ts-morph, strict, the way its
// tsconfig would (NodeNext, verbatimModuleSyntax, isolatedModules). @smithy/types is copied
// from node_modules into the in-memory file system so `DocumentType` resolves for real.

import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import type { GeneratedFile } from "@shapekit/model";
import { Project, ts } from "ts-morph";

const require = createRequire(import.meta.url);

function smithyTypesFiles(): Array<{ path: string; text: string }> {
  const root = dirname(require.resolve("@smithy/types/package.json"));
  const out: Array<{ path: string; text: string }> = [
    { path: "package.json", text: readFileSync(join(root, "package.json"), "utf8") },
  ];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".d.ts"))
        out.push({ path: relative(root, full), text: readFileSync(full, "utf8") });
    }
  };
  walk(join(root, "dist-types"));
  return out;
}

let smithyTypes: Array<{ path: string; text: string }> | undefined;

export const strictOptions: ts.CompilerOptions = {
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  verbatimModuleSyntax: true,
  isolatedModules: true,
  noEmit: true,
  // As in tsconfig.base.json: @smithy/types declarations assume DOM or Node globals we do not load.
  skipLibCheck: true,
  lib: ["lib.es2023.d.ts"],
  types: [],
};

/** Diagnostics of the generated package (plus any extra files), formatted; empty when clean. */
export function typeCheck(
  files: readonly GeneratedFile[],
  extra: Record<string, string> = {},
): string[] {
  const project = new Project({ useInMemoryFileSystem: true, compilerOptions: strictOptions });
  const fs = project.getFileSystem();
  smithyTypes ??= smithyTypesFiles();
  for (const f of smithyTypes)
    fs.writeFileSync(`/pkg/node_modules/@smithy/types/${f.path}`, f.text);
  for (const f of files) {
    if (f.path.endsWith(".ts")) project.createSourceFile(`/pkg/${f.path}`, f.contents);
    else fs.writeFileSync(`/pkg/${f.path}`, f.contents);
  }
  for (const [path, text] of Object.entries(extra)) project.createSourceFile(`/pkg/${path}`, text);
  return project
    .getPreEmitDiagnostics()
    .map(
      (d) =>
        `${d.getSourceFile()?.getFilePath() ?? "?"}:${d.getLineNumber() ?? 0}: ${ts.flattenDiagnosticMessageText(d.compilerObject.messageText, "\n")}`,
    );
}

/**
 * Diagnostics of the generated `.ts` files plus `check.ts`, placed under `checkRoot` inside the
 * repository so imports resolve against its real node_modules (the AWS SDK). Nothing is written:
 * ts-morph keeps created source files in memory until saved.
 */
export function typeCheckWithNodeModules(
  files: readonly GeneratedFile[],
  check: string,
  checkRoot: string,
): string[] {
  const project = new Project({
    compilerOptions: strictOptions,
    skipAddingFilesFromTsConfig: true,
  });
  for (const f of files)
    if (f.path.endsWith(".ts")) project.createSourceFile(`${checkRoot}/${f.path}`, f.contents);
  project.createSourceFile(`${checkRoot}/check.ts`, check);
  return project
    .getPreEmitDiagnostics()
    .map(
      (d) =>
        `${d.getSourceFile()?.getBaseName() ?? "?"}:${d.getLineNumber() ?? 0}: ${ts.flattenDiagnosticMessageText(d.compilerObject.messageText, "\n")}`,
    );
}
