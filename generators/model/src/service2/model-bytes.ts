// Model files as bytes: botocore ships `service-2.json.gz`, so a model file may be gzip. The gzip
// magic bytes decide, not the file name, so a renamed or still-compressed download loads too.

import { gunzipSync } from "node:zlib";

/** True when `bytes` start with the gzip magic number (RFC 1952: 0x1f 0x8b). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** The text of a model file: gunzipped when gzip, then UTF-8 (a leading BOM dropped). */
export type ModelText =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

export function decodeModelBytes(bytes: Uint8Array): ModelText {
  let raw = bytes;
  if (isGzip(bytes)) {
    try {
      raw = gunzipSync(bytes);
    } catch (e) {
      return { ok: false, message: `Invalid gzip data: ${(e as Error).message}` };
    }
  }
  const text = new TextDecoder("utf-8").decode(raw);
  return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}
