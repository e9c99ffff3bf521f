// Unit tests of the hand-written validation runtime: code points, paths, suggestions, value
// descriptions, duplicates, the collector's options and results, Standard Schema glue.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  IssueCollector,
  ValidationError,
  canonicalText,
  codePointLength,
  defineAssertion,
  defineCheckGuard,
  defineGuard,
  defineValidator,
  describeValue,
  duplicateItems,
  indexPath,
  memberPath,
  pathSegments,
  quote,
  runCheck,
  suggestName,
  unknownShapeResult,
  withJsonSchema,
  JsonSchemaTargetError,
} from "@shapekit/validation";

describe("codePointLength", () => {
  it("counts code points, like Array.from, for any string", () => {
    expect(codePointLength("a😀b")).toBe(3);
    expect(codePointLength("\ud800")).toBe(1);
    fc.assert(
      fc.property(
        fc.string({ unit: "binary" }),
        (s) => codePointLength(s) === Array.from(s).length,
      ),
    );
  });
});

describe("paths", () => {
  it("joins identifiers with dots and quotes other keys", () => {
    expect(memberPath("", "A")).toBe("A");
    expect(indexPath(memberPath("A", "B"), 2)).toBe("A.B[2]");
    expect(memberPath("A", "a.b")).toBe('A["a.b"]');
  });

  it("reads paths back into segments", () => {
    expect(pathSegments("")).toEqual([]);
    expect(pathSegments("ProductionVariants[0].ServerlessConfig.MaxConcurrency")).toEqual([
      "ProductionVariants",
      0,
      "ServerlessConfig",
      "MaxConcurrency",
    ]);
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.nat())), (segments) => {
        const path = segments.reduce<string>(
          (p, s) => (typeof s === "number" ? indexPath(p, s) : memberPath(p, s)),
          "",
        );
        expect(pathSegments(path)).toEqual(segments);
      }),
    );
  });
});

describe("suggestName", () => {
  it("prefers a case-insensitive match, then the nearest name, and gives up when nothing is close", () => {
    expect(suggestName("variantName", ["ModelName", "VariantName"])).toBe("VariantName");
    expect(suggestName("ml.m5.larg", ["ml.m5.large", "ml.m5.xlarge"])).toBe("ml.m5.large");
    expect(suggestName("Tgas", ["Tags"])).toBe("Tags");
    expect(suggestName("zzzzzz", ["Tags", "KmsKeyId"])).toBeUndefined();
    expect(suggestName("x".repeat(10_000), ["x"])).toBeUndefined();
  });
});

describe("messages' building blocks", () => {
  it("describes values by kind and cuts long strings", () => {
    expect(describeValue(null)).toBe("null");
    expect(describeValue("5")).toBe('the string "5"');
    expect(describeValue([1])).toBe("an array of 1 item");
    expect(quote("a".repeat(100))).toBe(`"${"a".repeat(60)}"…`);
    expect(quote(`${"a".repeat(59)}😀`)).toBe(`"${"a".repeat(59)}"…`);
  });
});

describe("lists of names in messages", () => {
  it("lists a list as it is at each report, changed in place or not", () => {
    // listNames keeps the text of each list; a list changed in place must be listed again.
    const message = (members: readonly string[]): string => {
      const collector = new IssueCollector();
      collector.unknown("zzzzzzzz", "zzzzzzzz", "S", members);
      return collector.issues[0]!.message;
    };
    const members = ["Alpha", "Beta"];
    expect(message(members)).toBe("`zzzzzzzz` is not a member of S (members: `Alpha`, `Beta`)");
    expect(message(members)).toBe("`zzzzzzzz` is not a member of S (members: `Alpha`, `Beta`)");
    members[1] = "Gamma";
    expect(message(members)).toBe("`zzzzzzzz` is not a member of S (members: `Alpha`, `Gamma`)");
    const many = Array.from({ length: 11 }, (_, i) => `M${i}`);
    expect(message(many)).toMatch(/`M9`, … \(11 in all\)\)$/);
    many.push("M11");
    expect(message(many)).toMatch(/`M9`, … \(12 in all\)\)$/);
    many[10] = "Changed"; // past the shown names: the text stays the same
    expect(message(many)).toMatch(/`M9`, … \(12 in all\)\)$/);
    many[0] = "First";
    expect(message(many)).toMatch(/^`zzzzzzzz` is not a member of S \(members: `First`, `M1`/);
  });
});

describe("duplicates", () => {
  it("compares items by value, objects whatever their key order, without recursion", () => {
    expect(duplicateItems([{ a: 1, b: [2] }, { b: [2], a: 1 }, "x", "x", 1, "1"])).toEqual([
      [1, 0],
      [3, 2],
    ]);
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(canonicalText(deep)).toBe(`${"[1|0:".repeat(100_000)}number:1${"]".repeat(100_000)}`);
  });
});

describe("IssueCollector and runCheck", () => {
  it("turns rules off only for { rules: false }", () => {
    expect(new IssueCollector().rules).toBe(true);
    expect(new IssueCollector({ rules: false }).rules).toBe(false);
    expect(new IssueCollector(null as never).rules).toBe(true);
  });

  it("keeps warnings apart from issues, and never lets an exception out", () => {
    const check = (v: unknown, p: string, c: IssueCollector) => {
      c.warn(p, "old");
      if (v === "boom") throw new Error("boom");
      if (v !== 1) c.type(p, "the number 1", v);
    };
    expect(runCheck(check, 1)).toEqual({
      ok: true,
      value: 1,
      warnings: [{ path: "", code: "rule", message: "old", severity: "warning" }],
    });
    const failed = runCheck(check, "boom");
    expect(failed.ok).toBe(false);
    expect(!failed.ok && failed.issues[0]!.message).toBe("the value could not be read (boom)");
  });

  it("defineValidator gives a Standard Schema", async () => {
    const validator = defineValidator<number>((v, p, c) => {
      if (v !== 1) c.type(p, "1", v);
    });
    expect(await validator["~standard"].validate(1)).toEqual({ value: 1 });
    expect(await validator["~standard"].validate(2)).toEqual({
      issues: [{ message: "expected 1, found the number 2", path: [], code: "type" }],
    });
  });

  it("defineGuard narrows by the guard's verdict, starts at depth 0, and is false where reading throws", () => {
    const depths: number[] = [];
    const isOne = defineGuard<1>((v, d) => {
      depths.push(d);
      return v === 1;
    });
    expect([isOne(1), isOne(2)]).toEqual([true, false]);
    expect(depths).toEqual([0, 0]);
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error("trap");
        },
      },
    );
    const isReadable = defineGuard<object>((v) => (v as { a?: unknown }).a === undefined);
    expect(isReadable(hostile)).toBe(false);
    const values: unknown[] = [1, 2, "1", null];
    const ones: 1[] = values.filter(isOne);
    expect(ones).toEqual([1]);
  });

  it("defineCheckGuard runs a check without a collector, at the root, and is false where reading throws", () => {
    // A check in the generated form: reports to `c` and returns true, or without one returns
    // false at the first issue.
    const calls: Array<{ path: string; collector: boolean }> = [];
    const checkOne = (v: unknown, p: string, c?: IssueCollector): boolean => {
      calls.push({ path: p, collector: c !== undefined });
      if (v !== 1) {
        if (!c) return false;
        c.type(p, "1", v);
      }
      return true;
    };
    const isOne = defineCheckGuard<1>(checkOne);
    expect([isOne(1), isOne(2), isOne("1")]).toEqual([true, false, false]);
    expect(calls.map((c) => [c.path, c.collector])).toEqual([
      ["", false],
      ["", false],
      ["", false],
    ]);
    // The same function is the validator: its verdicts agree with the guard's.
    const validateOne = defineValidator<1>(checkOne);
    for (const value of [1, 2, "1", null, undefined]) {
      expect(validateOne(value).ok).toBe(isOne(value));
    }
    const isReadable = defineCheckGuard<object>((v) => (v as { a?: unknown }).a === undefined);
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error("trap");
        },
      },
    );
    expect(isReadable(hostile)).toBe(false);
    expect(isReadable({})).toBe(true);
  });

  it("defineAssertion throws a ValidationError naming the shape and every issue, options passed", () => {
    const validator = defineValidator<number>((v, p, c) => {
      if (typeof v !== "number") c.type(p, "a number", v);
    });
    const assertNumber: (
      value: unknown,
      options?: { maxIssues?: number },
    ) => asserts value is number = defineAssertion<number>("Count", validator);
    const value: unknown = 3;
    assertNumber(value);
    expect(value + 1).toBe(4);
    expect(() => assertNumber("3")).toThrow(ValidationError);
    expect(() => assertNumber("3")).toThrow(
      /^Invalid Count \(1 issue\):\n {2}\(value\): expected a number/,
    );
  });

  it("unknown shape names and ValidationError read well", () => {
    const r = unknownShapeResult("Tgas", ["Tags"]);
    expect(!r.ok && r.issues[0]!.message).toBe(
      'there is no shape named "Tgas" in this package; did you mean `Tags`?',
    );
    const e = new ValidationError("Tag", [
      { path: "Key", code: "required", message: "missing", severity: "error" },
    ]);
    expect(e.message).toBe("Invalid Tag (1 issue):\n  Key: missing");
  });
});

describe("withJsonSchema", () => {
  const document = {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $ref: "#/$defs/Box",
    $defs: {
      Box: {
        type: "object",
        properties: {
          Items: { $ref: "#/$defs/Items", maxItems: 2 },
          ["__proto__"]: { type: "string" },
        },
      },
      Items: { type: "array", items: { type: "string" } },
    },
  };
  const validator = withJsonSchema(
    defineValidator<unknown>(() => {}),
    document,
  );

  it("validates as the validator it wraps, and keeps its Standard Schema", async () => {
    expect(validator(1)).toEqual({ ok: true, value: 1, warnings: [] });
    expect(await validator["~standard"].validate(1)).toEqual({ value: 1 });
    expect(validator["~standard"].vendor).toBe("shapekit");
  });

  it("writes draft-07: definitions for $defs, allOf where $ref has siblings, own __proto__ keys", () => {
    const draft07 = validator["~standard"].jsonSchema.input({ target: "draft-07" });
    expect(draft07).toEqual({
      $schema: "http://json-schema.org/draft-07/schema#",
      $ref: "#/definitions/Box",
      definitions: {
        Box: {
          type: "object",
          properties: {
            Items: { maxItems: 2, allOf: [{ $ref: "#/definitions/Items" }] },
            ["__proto__"]: { type: "string" },
          },
        },
        Items: { type: "array", items: { type: "string" } },
      },
    });
    const box = (draft07["definitions"] as Record<string, Record<string, object>>)["Box"]!;
    expect(Object.hasOwn(box["properties"]!, "__proto__")).toBe(true);
  });

  it("rejects other targets with JsonSchemaTargetError, naming the target", () => {
    expect(() => validator["~standard"].jsonSchema.output({ target: "openapi-3.0" })).toThrow(
      JsonSchemaTargetError,
    );
  });
});
