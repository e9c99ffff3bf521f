// `--generate-cli-skeleton` against recordings of the real AWS CLI:
// - input: the AWS CLI 1.45 recording of create-endpoint-config, with the members our (older)
//   seed lacks dropped, must equal ours byte for byte; recordings of other operations prove the
//   Python-compatible JSON writer reproduces the AWS CLI's bytes (floats, `{}`, maps);
// - yaml-input: AWS CLI v2.9.19's (Debian `awscli`) output has an older model and AWS's own
//   documentation, so lines are compared where both models have the member, with the comment
//   prose masked: keys, values, indents, list dashes, the space before `#` and the presence of
//   `Valid values are:` must agree (which members are required changed between the models, so
//   `[REQUIRED]` is checked against our own model instead);
// - output: member names as values, no required option needed.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  createCommandSurface,
  pythonJson,
  PythonFloat,
  type CommandSurface,
  type PythonJsonValue,
} from "@shapekit/cli";
import { formatDiagnostics, loadModel } from "@shapekit/model";
import { describe, expect, it } from "vitest";
import { operationDescription } from "../src/operation-description.js";
import { DATA_DIR, specModel, specSurface } from "./spec-surface.js";

const recordings = readFileSync(join(DATA_DIR, "skeletons-awscli.jsonl"), "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { operation: string; kind: "input" | "output"; stdout: string });

/** JSON text → value for the Python-compatible writer, keeping floats (`0.0`) as floats. */
function parsePythonJson(text: string): PythonJsonValue {
  const marked = text.replace(/(:\s|\[\s*|,\s*)(-?\d+\.\d+)(?=[,\s\]}])/g, '$1{"__float__":$2}');
  const revive = (v: unknown): PythonJsonValue => {
    if (Array.isArray(v)) return v.map(revive);
    if (v && typeof v === "object") {
      const o = v as Record<string, unknown>;
      if (Object.keys(o).length === 1 && typeof o["__float__"] === "number")
        return new PythonFloat(o["__float__"]);
      return new Map(Object.entries(o).map(([k, x]) => [k, revive(x)]));
    }
    return v as PythonJsonValue;
  };
  return revive(JSON.parse(marked));
}

/** The command surface of every operation of a one-file Smithy model, wired as the package does. */
function modelSurface(smithy: string): CommandSurface {
  const dir = mkdtempSync(join(tmpdir(), "shapekit-skeleton-"));
  try {
    writeFileSync(join(dir, "model.smithy"), smithy);
    const loaded = loadModel([join(dir, "model.smithy")]);
    if (!loaded.model) throw new Error(formatDiagnostics(loaded.diagnostics, loaded.sourceText));
    const model = loaded.model;
    const service = model.ownShapes().find((s) => s.type === "service")!;
    const operations = (service.ast.operations ?? []).map((ref) => model.expectShape(ref.target));
    return createCommandSurface({
      command: "shapekit-test",
      operations: operations.map((operation) => ({
        description: operationDescription(model, service, operation),
      })),
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The recording with only the members that `ours` has, at every level. */
function prune(recorded: PythonJsonValue, ours: PythonJsonValue): PythonJsonValue {
  // `instanceof Map` and `Array.isArray` narrow to `any` contents: name the types again.
  type JsonMap = ReadonlyMap<string, PythonJsonValue>;
  type JsonList = readonly PythonJsonValue[];
  if (recorded instanceof Map && ours instanceof Map) {
    const [theirs, mine] = [recorded as JsonMap, ours as JsonMap];
    return new Map(
      [...theirs].filter(([k]) => mine.has(k)).map(([k, v]) => [k, prune(v, mine.get(k)!)]),
    );
  }
  if (Array.isArray(recorded) && Array.isArray(ours)) {
    const [theirs, mine] = [recorded as JsonList, ours as JsonList];
    return theirs.map((v, i) => prune(v, mine[i] ?? mine[0]!));
  }
  return recorded;
}

describe("generateCliSkeleton input", () => {
  const surface = specSurface();
  const ours = surface.generateCliSkeleton("create-endpoint-config", "input");
  const recorded = recordings.find(
    (r) => r.operation === "create-endpoint-config" && r.kind === "input",
  )!;

  it("equals the AWS CLI's recording byte for byte, after dropping members the seed lacks", () => {
    const expected =
      pythonJson(prune(parsePythonJson(recorded.stdout), parsePythonJson(ours))) + "\n";
    expect(ours).toBe(expected);
  });

  it("has every member of the recording that the seed has (none dropped from ours)", () => {
    const recordedKeys = new Set(recorded.stdout.match(/"\w+":/g));
    for (const key of ours.match(/"\w+":/g)!) expect(recordedKeys.has(key), key).toBe(true);
  });

  it.each(recordings.map((r) => [`${r.operation} ${r.kind}`, r] as const))(
    "the JSON writer reproduces %s byte for byte",
    (_, r) => {
      if (r.stdout === "") return; // an output without members prints nothing (checked below)
      expect(
        pythonJson(parsePythonJson(r.stdout), { ensureAscii: r.kind === "input" }) + "\n",
      ).toBe(r.stdout);
    },
  );
});

describe("generateCliSkeleton output", () => {
  it("uses member names as values and needs no arguments", () => {
    expect(specSurface().generateCliSkeleton("create-endpoint-config", "output")).toBe(
      '{\n    "EndpointConfigArn": "EndpointConfigArn"\n}\n',
    );
  });
  it("prints nothing for an output without members, as the AWS CLI does", () => {
    const operation = "enable-sagemaker-servicecatalog-portfolio";
    const recorded = recordings.find((r) => r.operation === operation && r.kind === "output")!;
    const surface = modelSurface(`$version: "2.0"
namespace com.amazonaws.sagemaker
service SageMaker {
    version: "2017-07-24"
    operations: [EnableSagemakerServicecatalogPortfolio]
}
operation EnableSagemakerServicecatalogPortfolio {
    input := {}
    output := {}
}
`);
    expect(surface.generateCliSkeleton(operation, "output")).toBe(recorded.stdout);
    expect(recorded.stdout).toBe("");
  });
});

interface YamlLine {
  readonly path: string;
  readonly shape: string;
}

/** Each line of a YAML skeleton with its member path and its form, comment prose masked. */
function yamlLines(text: string): YamlLine[] {
  const out: YamlLine[] = [];
  const stack: Array<{ indent: number; key: string }> = [];
  for (const line of text.split("\n").filter(Boolean)) {
    const m = /^( *)(- )?([A-Za-z0-9]+):( [^#]*?)?( +)?(# .*)?$/.exec(line);
    if (!m) {
      out.push({
        path: `${stack.map((s) => s.key).join(".")}[]`,
        shape: line.replace(/\S.*/, "item"),
      });
      continue;
    }
    const indent = m[1]!.length + (m[2] ? 2 : 0);
    while (stack.length > 0 && stack[stack.length - 1]!.indent >= indent) stack.pop();
    stack.push({ indent, key: m[3]! });
    const comment = m[6] ?? "";
    const masked = comment
      ? `# …${comment.includes("Valid values are: ") ? " Valid values are: …" : ""}`
      : "";
    out.push({
      path: stack.map((s) => s.key).join("."),
      shape: `${m[1]}${m[2] ?? ""}${m[3]}:${m[4] ?? ""}${m[5] ?? ""}${masked}`,
    });
  }
  return out;
}

describe("generateCliSkeleton yaml-input", () => {
  const ours = specSurface().generateCliSkeleton("create-endpoint-config", "yaml-input");
  const recorded = readFileSync(join(DATA_DIR, "yaml-input-awscli-2.9.19.yaml"), "utf8");

  it("has AWS CLI v2's layout on every line both models have", () => {
    const theirs = new Map(yamlLines(recorded).map((l) => [l.path, l.shape]));
    const compared = yamlLines(ours).filter((l) => theirs.has(l.path) && !l.path.endsWith("[]"));
    expect(compared.length).toBeGreaterThan(60);
    // Enum value lists and their first values differ between the two models' instance types.
    for (const line of compared) expect(line.shape, line.path).toBe(theirs.get(line.path));
  });

  it("is valid YAML holding the same request as the JSON skeleton", async () => {
    const { parse } = await import("yaml");
    const json = JSON.parse(specSurface().generateCliSkeleton("create-endpoint-config", "input"));
    expect(parse(ours)).toEqual(json);
  });

  it("marks exactly the required members [REQUIRED]", () => {
    const { description } = specModel();
    const required = new Set<string>();
    for (const shape of Object.values(description.shapes)) {
      if (shape.type === "structure")
        for (const m of shape.members) if (m.required) required.add(m.name);
    }
    for (const line of ours.split("\n").filter((l) => l.includes("#"))) {
      const key = /([A-Za-z0-9]+):/.exec(line)![1]!;
      if (line.includes("[REQUIRED]")) expect(required.has(key), line).toBe(true);
    }
    expect(ours.match(/\[REQUIRED\]/g)!.length).toBeGreaterThan(10);
  });

  it("starts as the AWS CLI's does", () => {
    expect(ours.split("\n")[0]).toBe(
      "EndpointConfigName: ''  # [REQUIRED] Name for the new configuration; endpoints refer to it by this name.",
    );
    expect(ours.split("\n")[1]).toMatch(/^ProductionVariants: # \[REQUIRED\] /);
    expect(ours).toMatch(/\n- VariantName: '' {2}# \[REQUIRED\] [^\n]*\n {2}ModelName: '' # /);
  });
});
