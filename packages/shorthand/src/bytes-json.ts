// Parsed values hold blobs as bytes (`fileb://`, blob members); printed as JSON they are base64,
// the way the AWS JSON protocols carry them, not an object of numbered bytes. One replacer for
// every printer (the `shorthand` bin, the generated bins' dry run); btoa, so it runs in browsers.

import { latin1Text } from "./latin1.js";

/** A `JSON.stringify` replacer that writes `Uint8Array` values as base64 text. */
export function bytesAsBase64(_key: string, value: unknown): unknown {
  return value instanceof Uint8Array ? btoa(latin1Text(value)) : value;
}
