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

/**
 * How large a gzip-compressed model may expand: 40 times botocore's largest model (EC2, about
 * 6 MB). A few kilobytes of gzip can expand to gigabytes; past this the file is refused before
 * it takes the memory.
 */
export const MAX_GUNZIPPED_BYTES = 256 * 1024 * 1024;

export function decodeModelBytes(bytes: Uint8Array, maxGunzipped = MAX_GUNZIPPED_BYTES): ModelText {
  let raw = bytes;
  if (isGzip(bytes)) {
    try {
      raw = gunzipSync(bytes, { maxOutputLength: maxGunzipped });
    } catch (e) {
      if ((e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE")
        return {
          ok: false,
          message: `the gzip data expands to more than ${maxGunzipped} bytes, more than any model`,
        };
      return { ok: false, message: `Invalid gzip data: ${(e as Error).message}` };
    }
  }
  const text = new TextDecoder("utf-8").decode(raw);
  return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}
