// Prettier is the only formatter: every generated TS, JSON and Markdown file goes through it.
// The style is ShapeKit's own and fixed, never looked up at the destination: the same spec must
// give the same bytes wherever it is generated (a temporary copy, another repository, CI).

import type { GeneratedFile } from "@shapekit/model";

const FORMATTED = /\.(?:[cm]?[jt]s|json|md)$/;

/** The formatting of every generated file (the repository's .prettierrc.json says the same). */
export const GENERATED_CODE_STYLE = { printWidth: 100 } as const;

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
      try {
        out.set(absolutePath, await prettier.format(file.contents, { ...GENERATED_CODE_STYLE, filepath: absolutePath }));
      } catch (e) {
        // An emitter produced something prettier cannot parse: a generator bug, said plainly.
        throw new Error(`Generated file ${absolutePath} is not valid ${file.path.split(".").pop()}: ${(e as Error).message}`);
      }
    }),
  );
  return out;
}
