// Per-operation entry points (`<package>/operations/<Operation>`, the Smithy operation name) in
// the four generated packages:
//  - on the committed packages, each entry exposes that operation's functions and types;
//  - on a two-operation fixture, the run-time import graph of one operation's entry (across the
//    four packages) never reaches the modules of the other operation's own shapes, so importing
//    it loads one operation, not the service;
//  - every file an emitter marks `preformatted` is exactly what prettier would print.

import { fileURLToPath } from "node:url";
import { emitCliSkeleton } from "@shapekit/emit-cli-skeleton";
import { emitShorthand } from "@shapekit/emit-shorthand";
import { emitTypes } from "@shapekit/emit-types";
import { emitValidators } from "@shapekit/emit-validators";
import { GENERATED_CODE_STYLE } from "@shapekit/generated-package";
import { loadModel, type Emitter, type GeneratedFile } from "@shapekit/model";
import type {
  CreateEndpointConfigInput,
  ProductionVariant,
} from "@shapekit/sagemaker-types/operations/CreateEndpointConfig";
import * as prettier from "prettier";
import { emitContextFor, type PackageKind } from "./support/emit-context.js";
import { describe, expect, expectTypeOf, it } from "vitest";

describe("the committed packages' operations/CreateEndpointConfig entry points", () => {
  // Typed by the types entry: a wrong member or enum value here fails the tests' type-check.
  const request: CreateEndpointConfigInput = {
    EndpointConfigName: "my-config",
    ProductionVariants: [
      { VariantName: "primary", ModelName: "my-model", InstanceType: "ml.m5.large" },
    ],
  };

  it("types: the operation's enum objects, and types that take its requests and only those", async () => {
    const types = await import("@shapekit/sagemaker-types/operations/CreateEndpointConfig");
    const { ML_M5_LARGE } = types.ProductionVariantInstanceType;
    expect(ML_M5_LARGE).toBe("ml.m5.large");
    expectTypeOf(ML_M5_LARGE).toEqualTypeOf<"ml.m5.large">();
    expectTypeOf(ML_M5_LARGE).toExtend<NonNullable<ProductionVariant["InstanceType"]>>();
    expectTypeOf<"ml.nope">().not.toExtend<NonNullable<ProductionVariant["InstanceType"]>>();
    expectTypeOf<CreateEndpointConfigInput>().toHaveProperty("ProductionVariants");
    // Required members are required by the type, as the validator requires them at run time.
    expectTypeOf<{ ProductionVariants: [] }>().not.toExtend<CreateEndpointConfigInput>();
    const v = await import("@shapekit/sagemaker-validators/operations/CreateEndpointConfig");
    expect(v.validateInput({ ProductionVariants: [] }).ok).toBe(false);
    // The validator's value is the types entry's type.
    const result = v.validateInput(request);
    expect(result).toMatchObject({ ok: true, value: request });
    if (result.ok) expectTypeOf(result.value).toEqualTypeOf<CreateEndpointConfigInput>();
  });

  it("validators: validate/is/assert of the closure, and validateInput", async () => {
    const v = await import("@shapekit/sagemaker-validators/operations/CreateEndpointConfig");
    expect(v.validateCreateEndpointConfigInput(request).ok).toBe(true);
    expect(v.validateInput(request).ok).toBe(true);
    expect(v.isProductionVariant({ VariantName: 1 })).toBe(false);
    expect(v.validateInput({ EndpointConfigName: "bad name!" }).ok).toBe(false);
    expect(() => v.assertInput({})).toThrow();
  });

  it("shorthand: parseArgument and friends for the operation's options", async () => {
    const s = await import("@shapekit/sagemaker-shorthand/operations/CreateEndpointConfig");
    expect(s.command.name).toBe("create-endpoint-config");
    const parsed = s.parseArgument("--tags", ["Key=a,Value=b"]);
    expect(parsed).toMatchObject({ ok: true, value: [{ Key: "a", Value: "b" }] });
    expect(s.syntaxHelp("--tags")?.shorthand).toContain("Key=string");
    expect(s.findOption("--endpoint-config-name")?.required).toBe(true);
  });

  it("cli-skeleton: skeleton, command line, help, bound to the operation", async () => {
    const c = await import("@shapekit/sagemaker-cli-skeleton/operations/CreateEndpointConfig");
    const root = await import("@shapekit/sagemaker-cli-skeleton");
    expect(c.operation).toBe("create-endpoint-config");
    expect(c.generateCliSkeleton("input")).toBe(
      root.generateCliSkeleton("create-endpoint-config", "input"),
    );
    expect(c.renderHelp()).toBe(root.renderHelp("create-endpoint-config"));
    const line = [
      "--endpoint-config-name",
      "c",
      "--production-variants",
      "VariantName=v,ModelName=m,InstanceType=ml.m5.large",
    ];
    expect(c.parseCommandLine(line)).toEqual(root.parseCommandLine("create-endpoint-config", line));
  });

  it("cli-skeleton: run refuses argv that is no list, as the root's run does (not letter by letter)", async () => {
    const c = await import("@shapekit/sagemaker-cli-skeleton/operations/CreateEndpointConfig");
    const err: string[] = [];
    const io = { stdout: () => undefined, stderr: (t: string) => err.push(t) };
    expect(await c.run("--endpoint-config-name" as unknown as string[], { io })).toBe(2);
    expect(await c.run(undefined as unknown as string[], { io })).toBe(2);
    expect(err).toEqual([
      "shapekit-sagemaker: error: argv must be a list (an array) of strings, not a string\n",
      "shapekit-sagemaker: error: argv must be a list (an array) of strings, not undefined\n",
    ]);
  });
});

describe("a two-operation model: one operation's entry point does not load the other's modules", () => {
  const loaded = loadModel([
    fileURLToPath(new URL("./fixtures/two-operations/model.smithy", import.meta.url)),
  ]);
  const model = loaded.model!;
  const packageNames = {
    types: "@x/two-types",
    validators: "@x/two-validators",
    shorthand: "@x/two-shorthand",
    "cli-skeleton": "@x/two-cli-skeleton",
  };
  const emitters: Record<PackageKind, Emitter> = {
    types: emitTypes,
    validators: emitValidators,
    shorthand: emitShorthand,
    "cli-skeleton": emitCliSkeleton,
  };
  /** Every emitted file, keyed `<package name>/<path>`. */
  const files = new Map<string, GeneratedFile>();
  for (const [kind, emit] of Object.entries(emitters) as Array<[PackageKind, Emitter]>) {
    const context = emitContextFor(model, {
      kind,
      service: "example.two#Two",
      operations: ["PutAlpha", "PutBeta"],
      npmScope: "@x",
      name: "two-{kind}",
    });
    expect(context.packageNames).toEqual(packageNames);
    for (const f of emit(context)) files.set(`${context.packageName}/${f.path}`, f);
  }

  /** The generated modules a module imports (relative, or a sibling's `operations/*` entry). */
  function imports(key: string): string[] {
    const [scope, name, ...rest] = key.split("/");
    const pkg = `${scope}/${name}`;
    const dir = rest.slice(0, -1);
    const out: string[] = [];
    // Run-time edges only: `import type` / `export type` load nothing (the types package's
    // structures module is types only).
    for (const m of files
      .get(key)!
      .contents.matchAll(/^(import|export)( type)?\b[^;]*?from "([^"]+)"/gm)) {
      if (m[2] !== undefined) continue;
      const spec = m[3]!;
      if (spec.startsWith(".")) {
        const parts = [...dir];
        for (const seg of spec.replace(/\.js$/, ".ts").split("/")) {
          if (seg === "..") parts.pop();
          else if (seg !== ".") parts.push(seg);
        }
        out.push(`${pkg}/${parts.join("/")}`);
      } else {
        const sibling = /^(@x\/two-[a-z-]+)\/operations\/(\w+)$/.exec(spec);
        if (sibling) out.push(`${sibling[1]}/src/operations/${sibling[2]}.ts`);
      }
    }
    return out;
  }

  function reached(from: string): Set<string> {
    const seen = new Set<string>();
    const stack = [from];
    while (stack.length > 0) {
      const key = stack.pop()!;
      if (seen.has(key)) continue;
      expect(files.has(key), `${key} is imported but not emitted`).toBe(true);
      seen.add(key);
      stack.push(...imports(key));
    }
    return seen;
  }

  it.each(Object.values(packageNames))(
    "%s: PutAlpha's entry reaches its own shapes and none of PutBeta's",
    (pkg) => {
      const graph = [...reached(`${pkg}/src/operations/PutAlpha.ts`)].map((k) =>
        k.slice(k.indexOf("/src/") + 5),
      );
      const text = graph.join("\n");
      expect(text).not.toMatch(/Beta/);
      expect(text).not.toMatch(/^index\.ts$|^validate\.ts$|^shapes\.ts$|^commands\.ts$/m);
      if (pkg.endsWith("validators"))
        expect(graph).toEqual(
          expect.arrayContaining([
            "shapes/AlphaConfig.ts",
            "shapes/PutAlphaInput.ts",
            "shapes/TagList.ts",
            "shapes/Tag.ts",
          ]),
        );
      if (pkg.endsWith("cli-skeleton"))
        expect(graph).toEqual(expect.arrayContaining(["descriptions/put-alpha.ts"]));
      // The entry of PutBeta reaches PutBeta's shapes, so the check above is not vacuous.
      expect([...reached(`${pkg}/src/operations/PutBeta.ts`)].join("\n")).toMatch(/Beta/);
    },
  );

  it("marks only files that prettier leaves unchanged as preformatted", async () => {
    const preformatted = [...files].filter(([, f]) => f.preformatted);
    expect(preformatted.length).toBeGreaterThan(8);
    for (const [key, f] of preformatted) {
      expect(
        await prettier.format(f.contents, { ...GENERATED_CODE_STYLE, filepath: f.path }),
        key,
      ).toBe(f.contents);
    }
  });
});
