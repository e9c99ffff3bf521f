// A string's UTF-16 code units in a typed array, for the typed parser's scanners: a typed array
// read is cheaper than `charCodeAt` (which checks the string's representation on every call),
// and each character is read more than once. The units are followed by a 0, a code unit in no
// character set and equal to no delimiter, so every scan stops at the end of the text without
// a bounds check of its own. The buffer is reused from call to call (texts up to a size).

/** The most code units a buffer kept between calls holds (longer texts get one of their own). */
const MAX_KEPT_UNITS = 1 << 16;

/** The shortest text worth copying natively (measured: see the comment in `codeUnits`). */
const NATIVE_FROM = 24;

interface BufferClass {
  from(buffer: ArrayBuffer): { write(text: string, offset: number, encoding: "utf16le"): number };
}

/**
 * Node's `Buffer`, when there is one and the machine is little-endian (as UTF-16LE and a
 * `Uint16Array` then agree): it copies a string's units natively, faster than a loop here.
 * Elsewhere (browsers) the loop does.
 */
const NodeBuffer =
  new Uint8Array(new Uint16Array([1]).buffer)[0] === 1
    ? (globalThis as { Buffer?: BufferClass }).Buffer
    : undefined;

let kept = new Uint16Array(256);
let keptBytes = NodeBuffer?.from(kept.buffer);

/**
 * The code units of `text`, then a 0, at the start of a buffer that the next call overwrites
 * (what lies after the 0 is left over from earlier texts). `native: false` copies them with a
 * loop even where Node's `Buffer` could (for tests of that path).
 */
export function codeUnits(text: string, native = true): Uint16Array {
  const n = text.length;
  let units = kept;
  let bytes = keptBytes;
  if (n + 1 > units.length) {
    units = new Uint16Array(Math.max(n + 1, units.length * 2));
    bytes = NodeBuffer?.from(units.buffer);
    if (units.length <= MAX_KEPT_UNITS) {
      kept = units;
      keptBytes = bytes;
    }
  }
  // A call into Node costs about as much as copying 20 units here: short texts are copied here.
  if (native && bytes !== undefined && n >= NATIVE_FROM) bytes.write(text, 0, "utf16le");
  else for (let i = 0; i < n; i++) units[i] = text.charCodeAt(i);
  units[n] = 0;
  return units;
}
