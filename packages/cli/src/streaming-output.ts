// The response member an operation streams to a file (`polly synthesize-speech … speech.mp3`,
// `s3api get-object … out.bin`): as the AWS CLI does, `runCommand` writes that member to the
// positional outfile and prints the rest of the response. A library writes no file unless its
// caller gives it a writer (`RunCommandOptions.writeFile`); what a sender returns for the member
// may be bytes, text, or a stream in any of the forms JavaScript programs hold one in.

/**
 * Writes `data` to the file at `path` (as the user typed it: no `~` or `$VAR` expansion). Node's
 * `fs.promises.writeFile` is one: `writeFile: (path, data) => fs.promises.writeFile(path, data)`.
 */
export type FileWriter = (path: string, data: AsyncIterable<Uint8Array>) => Promise<void>;

/** A response member's value as chunks of bytes, or `undefined` when it holds no bytes. */
export function streamedChunks(value: unknown): AsyncIterable<Uint8Array> | undefined {
  if (value instanceof Uint8Array) return once(() => Promise.resolve(value));
  if (value instanceof ArrayBuffer) return once(() => Promise.resolve(new Uint8Array(value)));
  if (typeof value === "string")
    return once(() => Promise.resolve(new TextEncoder().encode(value)));
  if (typeof value !== "object" || value === null) return undefined;
  // Node's Readable and the web's ReadableStream (in Node.js) iterate their chunks.
  if (Symbol.asyncIterator in value) return asBytes(value as AsyncIterable<unknown>);
  // The AWS SDK's stream mixin, then a Blob.
  const candidate = value as {
    transformToByteArray?: () => Promise<Uint8Array>;
    arrayBuffer?: () => Promise<ArrayBuffer>;
  };
  if (typeof candidate.transformToByteArray === "function")
    return once(() => candidate.transformToByteArray!());
  if (typeof candidate.arrayBuffer === "function")
    return once(async () => new Uint8Array(await candidate.arrayBuffer!()));
  return undefined;
}

async function* once(read: () => Promise<Uint8Array>): AsyncIterable<Uint8Array> {
  yield await read();
}

async function* asBytes(chunks: AsyncIterable<unknown>): AsyncIterable<Uint8Array> {
  for await (const chunk of chunks) {
    if (chunk instanceof Uint8Array) yield chunk;
    else if (typeof chunk === "string") yield new TextEncoder().encode(chunk);
    else if (chunk instanceof ArrayBuffer) yield new Uint8Array(chunk);
    else throw new TypeError("the streamed output gave a chunk that is not bytes");
  }
}
