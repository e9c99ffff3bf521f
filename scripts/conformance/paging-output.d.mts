// Types of paging-output.mjs, for the TypeScript test that imports it.

/** A recorded paging case (record-awscli-paging.py's input, with its `calls`). */
export interface PagingCase {
  readonly command: string;
  readonly paginator: {
    readonly inputTokens: readonly string[];
    readonly outputTokens: readonly string[];
    readonly resultKeys: readonly string[];
    readonly nonAggregateKeys?: readonly string[];
    readonly moreResults?: string;
    readonly limitKey?: string;
    readonly type?: "integer" | "long" | "string";
  };
  readonly request: Record<string, unknown>;
  readonly pages: readonly unknown[];
  readonly maxItems?: number;
  readonly startingToken?: string;
  readonly calls: readonly Record<string, unknown>[];
}

export type PagingOutput =
  | { readonly printed: string; readonly calls: unknown[]; readonly error?: undefined }
  | { readonly error: string; readonly calls: unknown[]; readonly printed?: undefined };

export declare function pagingOutput(
  c: PagingCase,
  output: "json" | "text" | "table",
  cli: Record<string, unknown>,
): Promise<PagingOutput>;
