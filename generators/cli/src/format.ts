// Prettier is the only formatter: every generated TS, JSON and Markdown file goes through it.
// The style is ShapeKit's own and fixed, never looked up at the destination: the same spec must
// give the same bytes wherever it is generated (a temporary copy, another repository, CI).

import { type GeneratedFile } from "@shapekit/model";
import { GENERATED_CODE_STYLE } from "@shapekit/generated-package/typescript-data";
import { createRequire } from "node:module";
import path from "node:path";
import { FormatCache } from "./format-cache.js";
import { formatInParallel } from "./format-pool.js";

const FORMATTED = /\.(?:[cm]?[jt]s|json|md)$/;

export interface FormatOptions {
  /**
   * A folder of the project (the config's folder): the format cache is the one of the nearest
   * folder at or above it with a package.json. Absent: no cache.
   */
  readonly projectDir?: string;
  /** Told about cache entries that failed their check (dropped and formatted again). */
  readonly onNotice?: (message: string) => void;
}

/**
 * Formats the files prettier knows (others pass through); returns a map from absolute path to
 * the final text. Results come from the format cache when the same text was formatted before.
 */
export async function formatFiles(
  files: ReadonlyArray<{ absolutePath: string; file: GeneratedFile }>,
  options: FormatOptions = {},
): Promise<Map<string, string>> {
  const texts = new Array<string>(files.length);
  const cache = options.projectDir ? FormatCache.open(options.projectDir, cacheSalt()) : undefined;
  const misses: Array<{ index: number; key?: string }> = [];
  // SHAPEKIT_VERIFY_PREFORMATTED=1 runs prettier over preformatted files too and fails on any
  // difference: the check that an emitter's "already formatted" claim holds for a model.
  const verify = Boolean(process.env.SHAPEKIT_VERIFY_PREFORMATTED);
  const notPreformatted: string[] = [];
  files.forEach(({ file }, index) => {
    if ((file.preformatted && !verify) || !FORMATTED.test(file.path)) {
      texts[index] = file.contents;
      return;
    }
    const key = cache?.key(path.extname(file.path), file.contents);
    const hit = key === undefined ? undefined : cache!.get(key);
    if (hit !== undefined && verify && file.preformatted && hit !== file.contents)
      notPreformatted.push(files[index]!.absolutePath);
    if (hit !== undefined) texts[index] = hit;
    else misses.push(key === undefined ? { index } : { index, key });
  });
  const formatted = await formatInParallel(
    misses.map(({ index }) => ({
      text: files[index]!.file.contents,
      filepath: files[index]!.absolutePath,
    })),
    GENERATED_CODE_STYLE,
  );
  misses.forEach(({ index, key }, i) => {
    const file = files[index]!;
    if (verify && file.file.preformatted && formatted[i] !== file.file.contents)
      notPreformatted.push(file.absolutePath);
    texts[index] = formatted[i]!;
    if (key !== undefined) cache!.set(key, formatted[i]!);
  });
  if (cache && cache.rejected > 0) {
    options.onNotice?.(
      `${cache.rejected} format cache entr${cache.rejected === 1 ? "y" : "ies"} failed the integrity check; formatted again.`,
    );
  }
  if (notPreformatted.length > 0) {
    const shown = notPreformatted
      .slice(0, 20)
      .map((f) => `\n  ${f}`)
      .join("");
    const more = notPreformatted.length > 20 ? `\n  … and ${notPreformatted.length - 20} more` : "";
    throw new Error(
      `${notPreformatted.length} file(s) marked preformatted but prettier formats them differently:${shown}${more}`,
    );
  }
  // Input order, whatever came from the cache: callers may rely on it.
  return new Map(files.map(({ absolutePath }, index) => [absolutePath, texts[index]!]));
}

/** What a cached result depends on besides the text: prettier's version and our options. */
export function cacheSalt(): string {
  const pkg = createRequire(import.meta.url)("prettier/package.json") as { version: string };
  return `prettier@${pkg.version} ${JSON.stringify(GENERATED_CODE_STYLE)}`;
}
