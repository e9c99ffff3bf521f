// The files botocore keeps beside a service-2 model and reads with it (`paginators-1.json`,
// `waiters-2.json`), each with the sdk-extras file of its own merged in, as botocore merges every
// sdk-extras file. Reading one is the same whatever it holds: bytes or text in, the merged JSON
// document out, or why there is none.

import { error, type Diagnostic } from "../diagnostic.js";
import { isObject, own } from "./format.js";
import { parseJsonDocument, type JsonDocument } from "./json-document.js";
import { decodeModelBytes } from "./model-bytes.js";
import { mergeSdkExtras, type Service2Extras } from "./sdk-extras.js";

/** A botocore file beside a service-2 model, and the sdk-extras files merged into it, in order. */
export interface Service2Companion {
  readonly file: Service2Extras;
  readonly extras?: readonly Service2Extras[];
}

/**
 * The companion's JSON document with its extras merged, or the problems (under `code`) that
 * leave it without one: bytes that are not text, text that is not JSON, extras that do not
 * merge, or a document that is not an object with a `member` object (`pagination`, `waiters`).
 */
export function readCompanionDocument(
  companion: Service2Companion,
  code: string,
  member: string,
): { document?: JsonDocument; diagnostics: Diagnostic[] } {
  const { text, file } = companion.file;
  let source: string;
  if (typeof text === "string") source = text;
  else {
    const decoded = decodeModelBytes(text);
    if (!decoded.ok)
      return { diagnostics: [error(code, decoded.message, { file, line: 1, column: 1 })] };
    source = decoded.text;
  }
  const parsed = parseJsonDocument(source, file);
  if (!parsed.ok) return { diagnostics: parsed.diagnostics };
  const document = parsed.document;
  const diagnostics = mergeSdkExtras(document, companion.extras ?? []);
  if (diagnostics.length > 0) return { diagnostics };
  const value = document.value;
  if (!isObject(value) || !isObject(own(value, member))) {
    const at = document.locate(isObject(value) && Object.hasOwn(value, member) ? [member] : []);
    return {
      diagnostics: [
        error(code, `A ${code} file must be an object with a \`${member}\` object`, at),
      ],
    };
  }
  return { document, diagnostics: [] };
}
