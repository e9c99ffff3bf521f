// Prettier is the only formatter: every generated TS, JSON and Markdown file goes through it with
// the configuration that applies at its destination, so output matches the repository's style.

import type { GeneratedFile } from "@shapekit/model";

const FORMATTED = /\.(?:[cm]?[jt]s|json|md)$/;

/** Formats files that prettier knows; returns them in the same order. */
export async function formatFiles(files: ReadonlyArray<{ absolutePath: string; file: GeneratedFile }>): Promise<Map<string, string>> {
  const prettier = await import("prettier");
  const out = new Map<string, string>();
  await Promise.all(
    files.map(async ({ absolutePath, file }) => {
      if (!FORMATTED.test(file.path)) {
        out.set(absolutePath, file.contents);
        return;
      }
      const options = (await prettier.resolveConfig(absolutePath)) ?? {};
      try {
        out.set(absolutePath, await prettier.format(file.contents, { ...options, filepath: absolutePath }));
      } catch (e) {
        // An emitter produced something prettier cannot parse: a generator bug, said plainly.
        throw new Error(`Generated file ${absolutePath} is not valid ${file.path.split(".").pop()}: ${(e as Error).message}`);
      }
    }),
  );
  return out;
}
