// Which `.json` files are service-2 documents. Decided by name first, then by content:
// - a file named `service-2.json` or `service-2.json.gz` (botocore's and the AWS CLI's name) is
//   always converted, so a broken one gets service-2 diagnostics rather than JSON AST ones;
// - otherwise a JSON document is a service-2 document when its top-level object has no `smithy`
//   key (every Smithy JSON AST has one) and has `metadata`, `operations` and `shapes`.
// The content check reads top-level keys with a scanner and stops as soon as it knows: a Smithy
// JSON AST usually starts with `"smithy"`, so it costs next to nothing there; a service-2 file is
// recognised once `shapes` is reached, without scanning the shapes. A `smithy` key after all three
// does not matter: a Smithy JSON AST cannot have top-level `operations`, so such a document is not
// one either way, and the converter's diagnostics are the more useful ones.

import { createScanner } from "jsonc-parser";

/** jsonc-parser's `SyntaxKind` values: a const enum, which `verbatimModuleSyntax` cannot import. */
const SyntaxKind = {
  OpenBraceToken: 1,
  CloseBraceToken: 2,
  OpenBracketToken: 3,
  CloseBracketToken: 4,
  CommaToken: 5,
  StringLiteral: 10,
  Unknown: 16,
  EOF: 17,
} as const;

const SERVICE2_FILE = /(^|[\\/])service-2\.json(\.gz)?$/;
/** `<data>/<service>/<api version>/service-2.json[.gz]`: botocore's layout of its models. */
const BOTOCORE_LAYOUT =
  /(?:^|[\\/])([a-z0-9][a-z0-9-]{0,62})[\\/](\d{4}-\d{2}-\d{2})[\\/]service-2\.json(?:\.gz)?$/;

/**
 * The service folder and API version a `service-2.json[.gz]` path names in botocore's layout
 * (`…/iot-data/2015-05-28/service-2.json.gz`), or undefined. botocore — and the AWS CLI's
 * command — knows a service by that folder's name (`iot-data`, `logs`, `elbv2`), which the file
 * itself does not contain.
 */
export function botocoreLayout(file: string): { service: string; version: string } | undefined {
  const match = BOTOCORE_LAYOUT.exec(file);
  return match ? { service: match[1]!, version: match[2]! } : undefined;
}

export function isService2FileName(file: string): boolean {
  return SERVICE2_FILE.test(file);
}

/** True when `text` is a JSON object in botocore's service-2 form (see the module header). */
export function looksLikeService2(text: string): boolean {
  const scanner = createScanner(text, true);
  const wanted = new Set(["metadata", "operations", "shapes"]);
  let depth = 0;
  let expectKey = false;
  for (let token: number = scanner.scan(); token !== SyntaxKind.EOF; token = scanner.scan()) {
    switch (token) {
      case SyntaxKind.OpenBraceToken:
        depth++;
        expectKey = depth === 1;
        break;
      case SyntaxKind.OpenBracketToken:
        depth++;
        break;
      case SyntaxKind.CloseBraceToken:
      case SyntaxKind.CloseBracketToken:
        depth--;
        if (depth === 0) return false;
        break;
      case SyntaxKind.CommaToken:
        if (depth === 1) expectKey = true;
        break;
      case SyntaxKind.StringLiteral:
        if (depth === 1 && expectKey) {
          const key = scanner.getTokenValue();
          if (key === "smithy") return false;
          wanted.delete(key);
          if (wanted.size === 0) return true;
          expectKey = false;
        }
        break;
      case SyntaxKind.Unknown:
        return false;
      default:
        // A top-level value other than an object is not a service-2 document.
        if (depth === 0) return false;
    }
  }
  return false;
}
