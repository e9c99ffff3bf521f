import { loadModel } from "@shapekit/model";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { configForModel } from "../src/config.js";
import { planGeneration } from "../src/generation-plan.js";

/** The npm names `--model` gives the packages of a one-service Smithy model. */
function packageNames(serviceName: string, traits: Record<string, unknown>): string[] {
  const text = JSON.stringify({
    smithy: "2.0",
    shapes: {
      [`ns#${serviceName}`]: {
        type: "service",
        version: "2024-01-01",
        operations: [{ target: "ns#Ping" }],
        traits,
      },
      "ns#Ping": { type: "operation" },
    },
  });
  const file = join(mkdtempSync(join(tmpdir(), "shapekit-plan-")), "m.json");
  writeFileSync(file, text);
  const { model } = loadModel([file]);
  const config = configForModel({ modelFiles: [file], outDir: join(file, "..", "out") });
  return planGeneration(model!, config).map((p) => p.context.packageName);
}

describe("package names of a Smithy model's service", () => {
  it("are the AWS CLI's name of its SDK id, as botocore's model of the same service gets", () => {
    expect(packageNames("Route53_20130401", { "aws.api#service": { sdkId: "Route 53" } })).toEqual([
      "@shapekit/route53-types",
      "@shapekit/route53-validators",
      "@shapekit/route53-shorthand",
      "@shapekit/route53-cli-skeleton",
    ]);
    expect(
      packageNames("AmazonBedrockFrontendService", {
        "aws.api#service": { sdkId: "Bedrock Runtime" },
      })[0],
    ).toBe("@shapekit/bedrock-runtime-types");
  });

  it("are the shape name in lower case without an SDK id", () => {
    expect(packageNames("Weather", {})[0]).toBe("@shapekit/weather-types");
  });
});
