// The symbol provider's rules: names as is, reserved words and globals escaped, clashes across
// namespaces (case-insensitive) resolved deterministically, service renames honoured.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AstModel, AstShape } from "../../src/ast.js";
import { Model } from "../../src/model.js";
import {
  camelCaseName,
  escapeName,
  isIdentifier,
  isReservedName,
  objectLiteralKey,
  prefixedName,
  propertyKey,
  typeScriptNames,
} from "../../src/naming/typescript-names.js";

function model(shapes: Record<string, AstShape>): Model {
  const ast: AstModel = {
    smithy: "2.0",
    shapes: { "smithy.api#String": { type: "string" }, ...shapes },
  };
  return new Model(ast);
}

const struct: AstShape = { type: "structure", members: {} };

describe("typeScriptNames", () => {
  it("keeps a valid, unreserved shape name as is", () => {
    const names = typeScriptNames(
      model({ "ex#Widget": struct, "ex#VariantName": { type: "string" } }),
    );
    expect(names.shapeName("ex#Widget")).toBe("Widget");
    expect(names.hasName("ex#VariantName")).toBe(false);
    expect(() => names.shapeName("ex#VariantName")).toThrow(/No TypeScript name/);
  });

  it("names an operation's input by its structure's name, and none for a unit input", () => {
    const m = model({
      "ex#Date": struct,
      "ex#Put": { type: "operation", input: { target: "ex#Date" } },
      "ex#Ping": { type: "operation", input: { target: "smithy.api#Unit" } },
      "ex#Noop": { type: "operation" },
    });
    const names = typeScriptNames(m);
    expect(names.inputTypeName(m.expectShape("ex#Put"))).toBe("_Date");
    expect(names.inputTypeName(m.expectShape("ex#Ping"))).toBeUndefined();
    expect(names.inputTypeName(m.expectShape("ex#Noop"))).toBeUndefined();
  });

  it("prefixes reserved words and globals with _ like the AWS SDK v3", () => {
    const ids = [
      "Object",
      "String",
      "Date",
      "Record",
      "Array",
      "Map",
      "Promise",
      "Error",
      "Symbol",
      "DocumentType",
      "Uint8Array",
    ];
    const names = typeScriptNames(model(Object.fromEntries(ids.map((n) => [`ex#${n}`, struct]))));
    for (const n of ids) expect(names.shapeName(`ex#${n}`)).toBe(`_${n}`);
    const lower = typeScriptNames(model({ "ex#string": struct, "ex#default": struct }));
    expect(lower.shapeName("ex#string")).toBe("_string");
    expect(lower.shapeName("ex#default")).toBe("_default");
  });

  it("keeps the service namespace's shape unprefixed and prefixes the other by namespace", () => {
    const m = model({
      "a.other#Widget": struct,
      "z.main#Widget": struct,
      "z.main#Svc": { type: "service" },
    });
    const names = typeScriptNames(m, m.expectShape("z.main#Svc"));
    expect(names.shapeName("z.main#Widget")).toBe("Widget");
    expect(names.shapeName("a.other#Widget")).toBe("AOtherWidget");
    // Without a service, id order decides.
    const plain = typeScriptNames(model({ "a.other#Widget": struct, "z.main#Widget": struct }));
    expect(plain.shapeName("a.other#Widget")).toBe("Widget");
    expect(plain.shapeName("z.main#Widget")).toBe("ZMainWidget");
  });

  it("treats names differing only in case as a clash (one module file each)", () => {
    const names = typeScriptNames(model({ "ex#Foo": struct, "ex#FOO": struct }));
    expect(names.shapeName("ex#FOO")).toBe("FOO");
    expect(names.shapeName("ex#Foo")).toBe("ExFoo");
  });

  it("numbers a prefixed name that is itself taken", () => {
    const names = typeScriptNames(
      model({ "ex#Foo": struct, "ex#ExFoo": struct, "ex#FOO": struct }),
    );
    expect([
      names.shapeName("ex#FOO"),
      names.shapeName("ex#ExFoo"),
      names.shapeName("ex#Foo"),
    ]).toEqual(["FOO", "ExFoo", "ExFoo_2"]);
  });

  it("honours the service's rename map first", () => {
    const m = model({
      "ex#Svc": { type: "service", rename: { "other#Widget": "OtherWidget" } },
      "ex#Widget": struct,
      "other#Widget": struct,
    });
    const names = typeScriptNames(m, m.expectShape("ex#Svc"));
    expect(names.shapeName("other#Widget")).toBe("OtherWidget");
    expect(names.shapeName("ex#Widget")).toBe("Widget");
  });

  it("never starts a name with __ (the runtime aliases' prefix)", () => {
    const names = typeScriptNames(
      model({ "ex#__Foo": struct, "ex#___proto__": struct, "ex#_Bar": struct, "ex#__Bar": struct }),
    );
    expect(names.shapeName("ex#__Foo")).toBe("_Foo");
    expect(names.shapeName("ex#___proto__")).toBe("_proto__");
    // `__Bar` escapes to `_Bar`, which the shape named `_Bar` has: the clash rule decides.
    expect([names.shapeName("ex#_Bar"), names.shapeName("ex#__Bar")]).toEqual(["_Bar", "Ex__Bar"]);
    expect(names.freshName("__x")).toBe("_x");
  });

  it("is deterministic and cached per model and service", () => {
    const m = model({ "ex#Widget": struct });
    expect(typeScriptNames(m)).toBe(typeScriptNames(m));
  });

  it("offers fresh names that avoid every shape name", () => {
    const names = typeScriptNames(model({ "ex#Operations": struct }));
    expect(names.freshName("Operations")).toBe("Operations_");
    expect(names.freshName("ServiceOperations")).toBe("ServiceOperations");
    expect(names.freshName("Record")).toBe("_Record");
  });
});

describe("property keys", () => {
  it("writes identifiers bare and anything else quoted", () => {
    expect(propertyKey("Name")).toBe("Name");
    expect(propertyKey("default")).toBe("default");
    expect(propertyKey("constructor")).toBe("constructor");
    expect(propertyKey("__proto__")).toBe("__proto__");
    expect(propertyKey("x-amz-id")).toBe('"x-amz-id"');
    expect(propertyKey("1st")).toBe('"1st"');
    expect(isIdentifier("a$b_1")).toBe(true);
  });

  it("writes __proto__ as a computed key in object literals", () => {
    expect(objectLiteralKey("__proto__")).toBe('["__proto__"]');
    expect(objectLiteralKey("constructor")).toBe("constructor");
  });
});

describe("derived names", () => {
  it("camel-cases a dashed name and escapes it as the provider does", () => {
    expect(camelCaseName("create-endpoint-config")).toBe("createEndpointConfig");
    expect(camelCaseName("default")).toBe("_default");
    expect(camelCaseName("__proto__")).toBe("_proto__");
  });

  it("prefixes a provider name and keeps the result a safe identifier (property)", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z_$][A-Za-z0-9_$]{0,12}$/), (base) => {
        const derived = prefixedName("check", escapeName(base));
        expect(isIdentifier(derived)).toBe(true);
        expect(isReservedName(derived)).toBe(false);
        expect(derived.startsWith("check")).toBe(true);
      }),
    );
  });
});
