// Two argparse and help rules of the AWS CLI 1.45.11 that the fleet conformance run found, on a
// small model of our own (fixtures/cli-rules) shaped like the real cases:
//   - a required boolean (cloudformation update-termination-protection
//     --enable-termination-protection) is required in the synopsis, yet the CLI's parser accepts
//     a line without either of its flags (`--stack-name x` alone reaches the request; botocore's
//     parameter validation is what then refuses it);
//   - a list of structures without members (codecatalyst list-workflow-runs --sort-by) has the
//     Shorthand Syntax `...`, the indentation of its literal block taken off.

import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { helpPage } from "@shapekit/cli";
import { loadModel, selectService } from "@shapekit/model";
import { modelCommandSurface } from "../src/model-cli/model-surface.js";

function surface() {
  const { model } = loadModel([
    fileURLToPath(new URL("./fixtures/cli-rules/service-2.json", import.meta.url)),
  ]);
  if (!model) throw new Error("fixture does not load");
  const selection = selectService(model, undefined);
  if (!selection.ok) throw new Error(selection.message);
  return modelCommandSurface(model, selection.service);
}

describe("a required boolean", () => {
  it("is required in the synopsis", () => {
    expect(surface().synopsis("protect").split("\n")).toContain("--enable | --no-enable");
  });
  it("may be left out of the line: validate false gives the request without it", () => {
    const result = surface().parseCommandLine("protect", ["--name", "x"], { validate: false });
    expect(result.ok && result.request).toEqual({ Name: "x" });
  });
  it("is then reported by validation, naming the member", () => {
    const result = surface().parseCommandLine("protect", ["--name", "x"]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(JSON.stringify(result.errors)).toContain("Enable");
  });
  it("other required options are still required on the line", () => {
    const result = surface().parseCommandLine("protect", ["--enable"], { validate: false });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors[0]!.message).toBe("the following arguments are required: --name");
  });
});

describe("a list of structures without members", () => {
  it("has the Shorthand Syntax ...", () => {
    const page = helpPage(surface().operation("list-runs").description);
    const option = page.options.find((o) => o.names[0] === "--sort-by");
    expect(option?.syntax?.shorthand).toBe("...");
  });
});
