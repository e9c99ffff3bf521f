// Types of browser-bundles.mjs, for the TypeScript test that imports it.

export interface BrowserBundle {
  /** The minified ES module. */
  readonly code: Uint8Array;
  readonly bytes: number;
  readonly gzipBytes: number;
  /** Every `node:` module or bare Node builtin the graph imports, as "node:fs from <file>". */
  readonly nodeImports: readonly string[];
  /** Minified bytes per package ("yaml", "re2js", "packages/cli", ...). */
  readonly inputs: Readonly<Record<string, number>>;
}

export declare const BROWSER_BUNDLES: ReadonlyArray<{
  readonly name: string;
  readonly source: string;
}>;

export declare function bundleForBrowser(
  source: string,
  options?: { platform?: "browser" | "node" | "neutral" },
): Promise<BrowserBundle>;

export declare function benchBrowserBundles(): Promise<void>;
