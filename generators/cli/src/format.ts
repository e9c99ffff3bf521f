// Prettier is the only formatter: every generated TS, JSON and Markdown file goes through it.
// The style is ShapeKit's own and fixed, never looked up at the destination: the same spec must
// give the same bytes wherever it is generated (a temporary copy, another repository, CI).

import { type GeneratedFile } from "@shapekit/model";
import { GENERATED_CODE_STYLE } from "@shapekit/generated-package/typescript-data";
import { laidOutJsonText } from "@shapekit/generated-package/prettier-json";
import { createRequire } from "node:module";
import path from "node:path";
import { FormatCache } from "./format-cache.js";
import { formatInParallel, type FormatJob, type FormatPool } from "./format-pool.js";
import { formatRuns } from "./format-segments.js";
import { widthsAgree } from "./layout-width.js";

const FORMATTED = /\.(?:[cm]?[jt]s|json|md)$/;

export interface FormatOptions {
  /**
   * A folder of the project (the config's folder): the format cache is the one of the nearest
   * folder at or above it with a package.json. Absent: no cache.
   */
  readonly projectDir?: string;
  /** Told about cache entries that failed their check (dropped and formatted again). */
  readonly onNotice?: (message: string) => void;
  /** Prettier's worker threads, kept open by the caller across calls; absent: a pool per call. */
  readonly pool?: FormatPool;
  /**
   * Told each file that went to prettier (not laid out by its emitter, not in the cache), with
   * the characters sent: what is left for the emitters to lay out (`SHAPEKIT_TIMING=1`).
   */
  readonly onPrettier?: (absolutePath: string, characters: number) => void;
}

/** A run of a cut module: its text, or the index of the format job that makes it. */
type Piece =
  | { readonly prefix: string; readonly text: string }
  | { readonly prefix: string; readonly job: number; readonly key?: string };

/** A file to format: one job, or a module cut into pieces (format-segments.ts). */
interface Pending {
  readonly index: number;
  readonly key?: string;
  readonly job?: number;
  readonly pieces?: readonly Piece[];
}

/**
 * Formats the files prettier knows (others pass through); returns a map from absolute path to
 * the final text. Results come from the format cache when the same text was formatted before.
 */
export async function formatFiles(
  emitted: ReadonlyArray<{ absolutePath: string; file: GeneratedFile }>,
  options: FormatOptions = {},
): Promise<Map<string, string>> {
  const files = emitted.map(({ absolutePath, file }) => ({
    absolutePath,
    file: withJsonLaidOut(file),
  }));
  const texts = new Array<string>(files.length);
  const cache = options.projectDir ? FormatCache.open(options.projectDir, cacheSalt()) : undefined;
  const jobs: FormatJob[] = [];
  const pending: Pending[] = [];
  // SHAPEKIT_VERIFY_PREFORMATTED=1 runs prettier over preformatted files too and fails on any
  // difference: the check that an emitter's "already formatted" claim holds for a model. It
  // also formats each cut module whole, to check the cut.
  const verify = Boolean(process.env.SHAPEKIT_VERIFY_PREFORMATTED);
  const notPreformatted: string[] = [];
  const wholeJob = (index: number) =>
    jobs.push({ text: files[index]!.file.contents, filepath: files[index]!.absolutePath }) - 1;
  const unmeasured = new Set<number>();
  files.forEach(({ file, absolutePath }, index) => {
    if (!FORMATTED.test(file.path)) {
      texts[index] = file.contents;
      return;
    }
    // A file whose code lines hold characters of another display width than length: its
    // emitter's layout cannot be trusted, prettier formats it whole (layout-width.ts).
    const measured = widthsAgree(file.path, file.contents);
    if (!measured) unmeasured.add(index);
    if (file.preformatted && measured && !verify) {
      texts[index] = file.contents;
      return;
    }
    const ext = path.extname(file.path);
    const key = cache?.key(ext, file.contents);
    const hit = key === undefined ? undefined : cache!.get(key);
    if (hit !== undefined && verify && file.preformatted && measured && hit !== file.contents)
      notPreformatted.push(absolutePath);
    if (hit !== undefined) {
      texts[index] = hit;
      return;
    }
    const runs = measured ? formatRuns(file) : undefined;
    const base = key === undefined ? { index } : { index, key };
    if (runs === undefined) {
      pending.push({ ...base, job: wholeJob(index) });
      return;
    }
    const pieces = runs.map((run, i): Piece => {
      const prefix = run.blankBefore && i > 0 ? "\n" : "";
      if (run.laidOut) return { prefix, text: run.text };
      const pieceKey = cache?.key(ext, run.text);
      const cached = pieceKey === undefined ? undefined : cache!.get(pieceKey);
      if (cached !== undefined) return { prefix, text: cached };
      const job = jobs.push({ text: run.text, filepath: absolutePath, fallible: true }) - 1;
      return pieceKey === undefined ? { prefix, job } : { prefix, job, key: pieceKey };
    });
    pending.push({ ...base, pieces, ...(verify ? { job: wholeJob(index) } : {}) });
  });
  if (options.onPrettier) for (const job of jobs) options.onPrettier(job.filepath, job.text.length);
  const formatted = await formatInParallel(jobs, GENERATED_CODE_STYLE, options.pool);
  const uncut: Pending[] = [];
  const badCuts: string[] = [];
  for (const p of pending) {
    const file = files[p.index]!;
    let text = p.job === undefined ? undefined : formatted[p.job]!;
    if (p.pieces !== undefined) {
      const pieces = p.pieces.map((piece) => ("text" in piece ? piece.text : formatted[piece.job]));
      if (pieces.some((piece) => piece === undefined)) {
        if (text === undefined) uncut.push(p);
      } else {
        p.pieces.forEach((piece, i) => {
          if ("key" in piece && piece.key !== undefined) cache!.set(piece.key, pieces[i]!);
        });
        const joined = p.pieces.map((piece, i) => piece.prefix + pieces[i]!).join("");
        if (text !== undefined && joined !== text) badCuts.push(file.absolutePath);
        text = joined;
      }
    }
    if (text === undefined) continue;
    if (verify && file.file.preformatted && !unmeasured.has(p.index) && text !== file.file.contents)
      notPreformatted.push(file.absolutePath);
    texts[p.index] = text;
    if (p.key !== undefined) cache!.set(p.key, text);
  }
  // A module whose cut left a piece prettier cannot parse: formatted whole after all.
  if (uncut.length > 0) {
    const whole = await formatInParallel(
      uncut.map((p) => ({
        text: files[p.index]!.file.contents,
        filepath: files[p.index]!.absolutePath,
      })),
      GENERATED_CODE_STYLE,
      options.pool,
    );
    uncut.forEach((p, i) => {
      texts[p.index] = whole[i]!;
      if (p.key !== undefined) cache!.set(p.key, whole[i]!);
    });
  }
  if (cache && cache.rejected > 0) {
    options.onNotice?.(
      `${cache.rejected} format cache entr${cache.rejected === 1 ? "y" : "ies"} failed the integrity check; formatted again.`,
    );
  }
  if (badCuts.length > 0)
    throw new Error(
      `${badCuts.length} module(s) format differently cut into statements than whole:${fileList(badCuts)}`,
    );
  if (notPreformatted.length > 0)
    throw new Error(
      `${notPreformatted.length} file(s) marked preformatted but prettier formats them differently:${fileList(notPreformatted)}`,
    );
  // Input order, whatever came from the cache: callers may rely on it.
  return new Map(files.map(({ absolutePath }, index) => [absolutePath, texts[index]!]));
}

/**
 * A `.json` file the emitter did not lay out, laid out here when its text is plain canonical
 * JSON (`laidOutJsonText`): package.json, tsconfig.json and the small model snapshots of every
 * package then skip prettier, which a small service otherwise loads for them alone.
 */
function withJsonLaidOut(file: GeneratedFile): GeneratedFile {
  if (file.preformatted || !file.path.endsWith(".json")) return file;
  const text = laidOutJsonText(path.basename(file.path), file.contents);
  return text === undefined ? file : { ...file, contents: text, preformatted: true };
}

/** The first 20 paths, one per line, and how many more. */
function fileList(paths: readonly string[]): string {
  const shown = paths
    .slice(0, 20)
    .map((f) => `\n  ${f}`)
    .join("");
  return paths.length > 20 ? `${shown}\n  … and ${paths.length - 20} more` : shown;
}

/** What a cached result depends on besides the text: prettier's version and our options. */
export function cacheSalt(): string {
  const pkg = createRequire(import.meta.url)("prettier/package.json") as { version: string };
  return `prettier@${pkg.version} ${JSON.stringify(GENERATED_CODE_STYLE)}`;
}
