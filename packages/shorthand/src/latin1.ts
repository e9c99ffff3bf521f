// Bytes as a string of one character per byte (Latin-1), as Python reads `bytes` in `int(b"1")`
// and `btoa` expects. `String.fromCharCode(...bytes)` passes every byte as an argument and
// throws past about 120,000 of them; a file read with `fileb://` can be any size, so the bytes
// go through in slices.

const SLICE = 0x8000;

/** The string whose character codes are `bytes`. */
export function latin1Text(bytes: Uint8Array): string {
  let text = "";
  for (let i = 0; i < bytes.length; i += SLICE)
    text += String.fromCharCode(...bytes.subarray(i, i + SLICE));
  return text;
}
