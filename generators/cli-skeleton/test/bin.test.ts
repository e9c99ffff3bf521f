// The bin: dry run, skeletons, help, exit codes (0, 2, 252, 255), `--send` as an extension
// point; once through `runCommand` with captured output, once as a real process.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { runCommand } from "@shapekit/cli";
import { describe, expect, it } from "vitest";
import { specSurface } from "./spec-surface.js";

async function run(argv: string[], send?: Parameters<typeof runCommand>[2] extends infer O ? (O extends { send?: infer S } ? S : never) : never) {
  let stdout = "";
  let stderr = "";
  const code = await runCommand(specSurface(), argv, { io: { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) }, ...(send ? { send } : {}) });
  return { code, stdout, stderr };
}

const OK = ["create-endpoint-config", "--endpoint-config-name", "c", "--production-variants", "VariantName=v,ModelName=m,InstanceType=ml.m5.large,InitialInstanceCount=1"];

describe("shapekit-sagemaker", () => {
  it("prints the request as JSON by default (dry run)", async () => {
    const r = await run(OK);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ EndpointConfigName: "c", ProductionVariants: [{ VariantName: "v", ModelName: "m", InstanceType: "ml.m5.large", InitialInstanceCount: 1 }] });
    expect((await run([...OK, "--dry-run"])).stdout).toBe(r.stdout);
  });
  it("prints skeletons", async () => {
    expect((await run(["create-endpoint-config", "--generate-cli-skeleton"])).stdout).toBe(specSurface().generateCliSkeleton("create-endpoint-config", "input"));
    expect((await run(["create-endpoint-config", "--generate-cli-skeleton", "yaml-input"])).stdout).toMatch(/^EndpointConfigName: ''/);
  });
  it("prints help", async () => {
    expect((await run(["help", "create-endpoint-config"])).stdout).toMatch(/^CREATE-ENDPOINT-CONFIG\n/);
    expect((await run(["create-endpoint-config", "help"])).stdout).toMatch(/^CREATE-ENDPOINT-CONFIG\n/);
    expect((await run(["help", "create-endpoint-config", "--markdown"])).stdout).toMatch(/^# create-endpoint-config\n/);
    expect(await run(["help"])).toMatchObject({ code: 0, stdout: expect.stringContaining("create-endpoint-config") });
  });
  it.each([
    [[], 2],
    [["create-endpoint-confg"], 2],
    [["create-endpoint-config", "--endpoint-config-name", "c"], 2],
    [[...OK, "--bogus"], 252],
    [["create-endpoint-config", "--endpoint-config-name", "c", "--production-variants", "VariantName"], 252],
    [["create-endpoint-config", "--endpoint-config-name", "bad name", "--production-variants", "VariantName=v"], 252],
    [["create-endpoint-config", "--cli-input-json", "{"], 252],
    [[...OK, "--send"], 255],
  ])("%j exits %i", async (argv, code) => {
    const r = await run(argv as string[]);
    expect(r.code).toBe(code);
    if (code !== 0) expect(r.stderr).not.toBe("");
  });
  it("suggests the operation meant", async () => {
    expect((await run(["create-endpoint-confg"])).stderr).toContain("did you mean create-endpoint-config?");
  });
  it("passes the validated request to a --send hook", async () => {
    const calls: unknown[] = [];
    const r = await run([...OK, "--send"], async (req) => {
      calls.push(req);
      return { EndpointConfigArn: "arn" };
    });
    expect(r).toMatchObject({ code: 0 });
    expect(JSON.parse(r.stdout)).toEqual({ EndpointConfigArn: "arn" });
    expect(calls).toEqual([{ operation: "create-endpoint-config", operationName: "CreateEndpointConfig", input: expect.objectContaining({ EndpointConfigName: "c" }) }]);
    expect(await run([...OK, "--send"], async () => Promise.reject(new Error("throttled")))).toMatchObject({ code: 255, stderr: expect.stringContaining("throttled") });
  });
});

const bin = fileURLToPath(new URL("../../../packages/sagemaker-cli-skeleton/bin/shapekit-sagemaker.js", import.meta.url));
const built = existsSync(fileURLToPath(new URL("../../../packages/sagemaker-cli-skeleton/dist/bin.js", import.meta.url)));

describe.skipIf(!built)("the generated bin as a process (after `npm run generate`)", () => {
  it("runs a dry run and exits with the documented codes", () => {
    const out = execFileSync(process.execPath, [bin, ...OK], { encoding: "utf8" });
    expect(JSON.parse(out)).toMatchObject({ EndpointConfigName: "c" });
    expect(spawnSync(process.execPath, [bin, "create-endpoint-config"]).status).toBe(2);
    expect(spawnSync(process.execPath, [bin, ...OK, "--tags", "Key"]).status).toBe(252);
  });
});
