import { describe, expect, it } from "vitest";
import { preludeAst } from "../src/prelude.js";
import { resolveModel } from "../src/resolve.js";

const TRAITS = [
  "addedDefault",
  "auth",
  "authDefinition",
  "box",
  "clientOptional",
  "cors",
  "default",
  "deprecated",
  "documentation",
  "endpoint",
  "enum",
  "enumValue",
  "error",
  "eventHeader",
  "eventPayload",
  "examples",
  "externalDocumentation",
  "hostLabel",
  "http",
  "httpApiKeyAuth",
  "httpBasicAuth",
  "httpBearerAuth",
  "httpChecksumRequired",
  "httpDigestAuth",
  "httpError",
  "httpHeader",
  "httpLabel",
  "httpPayload",
  "httpPrefixHeaders",
  "httpQuery",
  "httpQueryParams",
  "httpResponseCode",
  "idRef",
  "idempotencyToken",
  "idempotent",
  "input",
  "internal",
  "jsonName",
  "length",
  "mediaType",
  "mixin",
  "nestedProperties",
  "noReplace",
  "notProperty",
  "optionalAuth",
  "output",
  "paginated",
  "pattern",
  "private",
  "property",
  "protocolDefinition",
  "range",
  "readonly",
  "recommended",
  "references",
  "requestCompression",
  "required",
  "requiresLength",
  "resourceIdentifier",
  "retryable",
  "sensitive",
  "since",
  "sparse",
  "streaming",
  "suppress",
  "tags",
  "timestampFormat",
  "title",
  "trait",
  "traitValidators",
  "uniqueItems",
  "unitType",
  "unstable",
  "xmlAttribute",
  "xmlFlattened",
  "xmlName",
  "xmlNamespace",
];

describe("prelude", () => {
  const shapes = preludeAst().shapes;

  it("defines every core trait with @trait", () => {
    for (const name of TRAITS) {
      expect(shapes[`smithy.api#${name}`]?.traits?.["smithy.api#trait"], name).toBeDefined();
    }
  });

  it("defines the simple shapes, with zero defaults on the Primitive* shapes only", () => {
    const defaults = Object.fromEntries(
      [
        "Boolean",
        "PrimitiveBoolean",
        "Integer",
        "PrimitiveInteger",
        "PrimitiveDouble",
        "String",
        "Document",
      ].map((n) => [n, shapes[`smithy.api#${n}`]?.traits?.["smithy.api#default"]]),
    );
    expect(defaults).toEqual({
      Boolean: undefined,
      PrimitiveBoolean: false,
      Integer: undefined,
      PrimitiveInteger: 0,
      PrimitiveDouble: 0,
      String: undefined,
      Document: undefined,
    });
    expect(shapes["smithy.api#Unit"]).toEqual({
      type: "structure",
      members: {},
      traits: { "smithy.api#unitType": {} },
    });
  });

  it("resolves cleanly on its own (its trait definitions are valid values of each other)", () => {
    expect(resolveModel([]).diagnostics).toEqual([]);
  });
});
