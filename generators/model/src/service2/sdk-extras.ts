// botocore's `service-2.sdk-extras.json`: data the SDK adds to a service model after loading it
// (RDS's `SourceRegion` members, the `serviceId` of Secrets Manager and EKS, S3's `Expires` as a
// timestamp). botocore deep-merges the file's `merge` object into the model: where both sides
// hold an object the merge recurses, anything else the extras value replaces (lists included).
// The AWS CLI sees the merged model, so the conversion does too. The merged document remembers
// which paths the extras set, so diagnostics about them point into the extras file.

import { error, type Diagnostic } from "../diagnostic.js";
import { setOwn } from "../record.js";
import { isObject, type JsonPath } from "./format.js";
import { parseJsonDocument, type JsonDocument } from "./json-document.js";
import { decodeModelBytes } from "./model-bytes.js";

/** An extras file's content (text, or bytes that may be gzip) and its name for diagnostics. */
export interface Service2Extras {
  readonly text: string | Uint8Array;
  readonly file: string;
}

/**
 * Merges each extras file's `merge` into `document.value`, in order, and records a layer per file.
 * A file that is not JSON, not an object, or whose `merge` is not an object is an error and merges
 * nothing; a file without `merge` merges nothing (botocore ignores its other keys, `version`).
 */
export function mergeSdkExtras(
  document: JsonDocument,
  extras: readonly Service2Extras[],
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const { text, file } of extras) {
    let source: string;
    if (typeof text === "string") source = text;
    else {
      const decoded = decodeModelBytes(text);
      if (!decoded.ok) {
        diagnostics.push(error("service2", decoded.message, { file, line: 1, column: 1 }));
        continue;
      }
      source = decoded.text;
    }
    const parsed = parseJsonDocument(source, file);
    if (!parsed.ok) {
      diagnostics.push(...parsed.diagnostics);
      continue;
    }
    const extra = parsed.document;
    if (!isObject(extra.value)) {
      diagnostics.push(
        error(
          "service2",
          "An sdk-extras file must be an object with a `merge` object",
          extra.locate([]),
        ),
      );
      continue;
    }
    if (!Object.hasOwn(extra.value, "merge")) continue;
    const merge = extra.value.merge;
    if (!isObject(merge)) {
      diagnostics.push(
        error("service2", "`merge` must be an object (at merge)", extra.locate(["merge"])),
      );
      continue;
    }
    if (!isObject(document.value)) continue; // the converter reports a document that is not an object
    const assigned = new Set<string>();
    deepMerge(document.value, merge, [], assigned);
    document.layers.push({ document: extra, at: ["merge"], assigned });
  }
  return diagnostics;
}

/** botocore's deep merge, noting every path whose value now comes from `extra`. */
function deepMerge(
  base: Record<string, unknown>,
  extra: Record<string, unknown>,
  path: JsonPath,
  assigned: Set<string>,
): void {
  for (const key of Object.keys(extra)) {
    const here = [...path, key];
    const before = Object.hasOwn(base, key) ? base[key] : undefined;
    const value = extra[key];
    if (isObject(before) && isObject(value)) deepMerge(before, value, here, assigned);
    else {
      setOwn(base, key, value);
      assigned.add(JSON.stringify(here));
    }
  }
}
