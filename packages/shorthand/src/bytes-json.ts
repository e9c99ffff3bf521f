// Parsed values hold blobs as bytes (`fileb://`, blob members); printed as JSON they are base64,
// the way the AWS JSON protocols carry them, not an object of numbered bytes. One replacer for
// every printer (the `shorthand` bin, the generated bins' dry run); btoa, so it runs in browsers.

/** A `JSON.stringify` replacer that writes `Uint8Array` values as base64 text. */
export function bytesAsBase64(_key: string, value: unknown): unknown {
  if (!(value instanceof Uint8Array)) return value;
  let binary = "";
  for (let i = 0; i < value.length; i += 0x8000)
    binary += String.fromCharCode(...value.subarray(i, i + 0x8000));
  return btoa(binary);
}
