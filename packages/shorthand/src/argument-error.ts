// The error of turning an option's words into a value: which option, where inside the value,
// and what to do about it. Parsing problems keep the `ShorthandError` they came from as `cause`.

/** An option's value was refused, as the AWS CLI refuses it. */
export class ArgumentError extends Error {
  override name = "ArgumentError";
  /** The option (`--production-variants`), when known. */
  readonly option: string | undefined;
  /** The path inside the value (`[1].ServerlessConfig.MemorySizeInMB`), "" for the value itself. */
  readonly path: string;

  constructor(message: string, options?: { option?: string; path?: string; cause?: unknown }) {
    super(
      options?.option ? `Error parsing parameter '${options.option}': ${message}` : message,
      options?.cause === undefined ? undefined : { cause: options.cause },
    );
    this.option = options?.option;
    this.path = options?.path ?? "";
  }
}
