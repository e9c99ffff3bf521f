// Decoding of the escape sequences shared by quoted strings and text blocks (Smithy IDL
// "String escape characters"), and the newline normalisation every string gets.

/** A decoded string, or the reason it could not be decoded. */
export type DecodeResult = { ok: true; value: string } | { ok: false; message: string };

/**
 * Expands escapes in `raw` (the characters between the delimiters). CR and CRLF become LF
 * first so that a model means the same on every platform; an escaped line break expands to
 * nothing. Any other character after a backslash is an error, as the specification says.
 */
export function decodeEscapes(raw: string): DecodeResult {
  if (raw.indexOf("\\") === -1 && raw.indexOf("\r") === -1) return { ok: true, value: raw };
  let out = "";
  let i = 0;
  const n = raw.length;
  while (i < n) {
    const c = raw.charCodeAt(i);
    if (c === 13 /* \r */) {
      out += "\n";
      i += raw.charCodeAt(i + 1) === 10 ? 2 : 1;
      continue;
    }
    if (c !== 92 /* \ */) {
      out += raw[i];
      i++;
      continue;
    }
    const e = raw.charCodeAt(i + 1);
    i += 2;
    switch (e) {
      case 34:
        out += '"';
        break; // "
      case 92:
        out += "\\";
        break;
      case 47:
        out += "/";
        break;
      case 98:
        out += "\b";
        break; // b
      case 102:
        out += "\f";
        break; // f
      case 110:
        out += "\n";
        break; // n
      case 114:
        out += "\r";
        break; // r
      case 116:
        out += "\t";
        break; // t
      case 10:
        break; // escaped LF: nothing
      case 13: // escaped CR or CRLF: nothing
        if (raw.charCodeAt(i) === 10) i++;
        break;
      case 117: {
        // u
        const hex = raw.slice(i, i + 4);
        if (hex.length < 4 || !isHex(hex)) {
          return {
            ok: false,
            message:
              "Invalid unclosed unicode escape: `\\u` must be followed by 4 hexadecimal digits",
          };
        }
        out += String.fromCharCode(parseInt(hex, 16));
        i += 4;
        break;
      }
      default: {
        const shown = Number.isNaN(e) ? "\\" : `\\${String.fromCharCode(e)}`;
        return {
          ok: false,
          message: `Invalid escape \`${shown}\`: the valid escapes are \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX and an escaped line break`,
        };
      }
    }
  }
  return { ok: true, value: out };
}

function isHex(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ok = (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
    if (!ok) return false;
  }
  return true;
}
