// Rule data: the compatibility rules Smithy's prelude declares for its serialization and protocol
// traits (`breakingChanges` on each trait definition, or the older `diff.*` tags), restated in
// the `breakingChanges` form. ShapeKit's own prelude does not carry them, so they live here.
// Severity ERROR (the default) is `breaking`, DANGER/WARNING `dangerous`, NOTE `safe`.
//
// | trait                                                         | rule                       |
// |---------------------------------------------------------------|----------------------------|
// | jsonName, xmlName, xmlAttribute, xmlFlattened, xmlNamespace   | any change: breaking       |
// | timestampFormat, streaming, error, eventPayload, eventHeader  | any change: breaking       |
// | httpQuery, httpQueryParams, httpHeader, httpPrefixHeaders     | any change: breaking       |
// | httpError, httpResponseCode, nestedProperties                 | any change: breaking       |
// | httpLabel, httpPayload, requiresLength, sparse                | added or removed: breaking |
// | idempotent, idempotencyToken, mediaType, resourceIdentifier, cors | removed: breaking      |
// | trait, protocolDefinition, authDefinition                     | added or removed: breaking |
// | property                                                      | removed or changed: breaking |
// | notProperty                                                   | added: breaking            |
// | http                                                          | removed, method/uri/code changed: breaking; code added or removed: dangerous |
// | paginated                                                     | removed, inputToken/outputToken/pageSize changed, pageSize/items removed: breaking; items added or changed: safe |

import type { BreakingChangeRule } from "../breaking-change-rules.js";

const ANY: BreakingChangeRule[] = [{ change: "any" }];
const PRESENCE: BreakingChangeRule[] = [{ change: "presence" }];
const REMOVE: BreakingChangeRule[] = [{ change: "remove" }];

const table: Array<[string, BreakingChangeRule[]]> = [
  ...["jsonName", "xmlName", "xmlAttribute", "xmlFlattened", "xmlNamespace"].map(
    (t): [string, BreakingChangeRule[]] => [t, ANY],
  ),
  ...["timestampFormat", "streaming", "error", "eventPayload", "eventHeader"].map(
    (t): [string, BreakingChangeRule[]] => [t, ANY],
  ),
  ...[
    "httpQuery",
    "httpQueryParams",
    "httpHeader",
    "httpPrefixHeaders",
    "httpError",
    "httpResponseCode",
    "nestedProperties",
  ].map((t): [string, BreakingChangeRule[]] => [t, ANY]),
  ...[
    "httpLabel",
    "httpPayload",
    "requiresLength",
    "sparse",
    "trait",
    "protocolDefinition",
    "authDefinition",
  ].map((t): [string, BreakingChangeRule[]] => [t, PRESENCE]),
  ...["idempotent", "idempotencyToken", "mediaType", "resourceIdentifier", "cors"].map(
    (t): [string, BreakingChangeRule[]] => [t, REMOVE],
  ),
  ["property", [{ change: "remove" }, { change: "update" }]],
  ["notProperty", [{ change: "add" }]],
  [
    "http",
    [
      { change: "remove" },
      { path: "/method", change: "update" },
      { path: "/uri", change: "update" },
      { path: "/code", change: "update" },
      {
        path: "/code",
        change: "presence",
        severity: "DANGER",
        message: "compatible only if the value is the default, 200",
      },
    ],
  ],
  [
    "paginated",
    [
      { change: "remove" },
      { path: "/inputToken", change: "update" },
      { path: "/outputToken", change: "update" },
      { path: "/items", change: "remove" },
      { path: "/items", change: "add", severity: "NOTE" },
      { path: "/items", change: "update", severity: "NOTE" },
      { path: "/pageSize", change: "update" },
      { path: "/pageSize", change: "remove" },
    ],
  ],
];

/** Rules by absolute trait id. */
export const PRELUDE_TRAIT_RULES: ReadonlyMap<string, readonly BreakingChangeRule[]> = new Map(
  table.map(([name, rules]) => [`smithy.api#${name}`, rules]),
);
