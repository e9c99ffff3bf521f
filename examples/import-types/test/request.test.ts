import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { endpointConfigRequest } from "../src/request.js";

const here = fileURLToPath(new URL("..", import.meta.url));

describe("example: import the generated types", () => {
  it("builds a request whose enum values come from the generated enum objects", () => {
    const request = endpointConfigRequest("cfg", "model-a", "search");
    expect(request.ProductionVariants[0]).toMatchObject({
      InstanceType: "ml.m5.large",
      VariantName: "model-a-primary",
    });
    expect(request.Tags).toEqual([{ Key: "team", Value: "search" }]);
  });

  it("type-checks and runs as a program", () => {
    execFileSync(
      process.execPath,
      [fileURLToPath(new URL("../../../node_modules/typescript/bin/tsc", import.meta.url)), "-b"],
      { cwd: here },
    );
    const out = execFileSync(process.execPath, ["dist/main.js"], { cwd: here, encoding: "utf8" });
    expect(JSON.parse(out)).toMatchObject({ EndpointConfigName: "my-endpoint-config" });
  });
});
