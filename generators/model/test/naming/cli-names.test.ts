// The AWS CLI's names, checked against pairs recorded from botocore's own function over every
// operation and member name of the public SageMaker model, plus edge cases recorded the same way.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cliName, cliOperationName, cliOptionName } from "../../src/naming/cli-names.js";

const recorded = JSON.parse(
  readFileSync(new URL("./cli-names-sagemaker.json", import.meta.url), "utf8"),
) as {
  operations: Record<string, string>;
  members: Record<string, string>;
};

describe("cliName", () => {
  it("agrees with botocore on every SageMaker operation name", () => {
    const wrong = Object.entries(recorded.operations).filter(
      ([name, cli]) => cliOperationName(name) !== cli,
    );
    expect(wrong).toEqual([]);
    expect(Object.keys(recorded.operations).length).toBe(358);
  });

  it("agrees with botocore on every SageMaker member name", () => {
    const wrong = Object.entries(recorded.members).filter(([name, cli]) => cliName(name) !== cli);
    expect(wrong).toEqual([]);
    expect(Object.keys(recorded.members).length).toBeGreaterThan(2000);
  });

  it.each([
    ["RoleARNs", "role-arns"],
    ["EnableSSMAccess", "enable-ssm-access"],
    ["VolumeSizeInGB", "volume-size-in-gb"],
    ["IPs", "-ips"],
    ["HTTPSUrl", "https-url"],
    ["already-dashed", "already-dashed"],
    ["ABCDef1GHi", "abc-def1-g-hi"],
    ["CreateWhatsAppMessageTemplate", "create-whatsapp-message-template"],
    ["x1Y", "x1-y"],
    ["EC2InstanceType", "ec2-instance-type"],
  ])("%s → %s (recorded from botocore)", (name, cli) => {
    expect(cliName(name)).toBe(cli);
  });
});

describe("cliOptionName", () => {
  it("prefixes the dashed name", () => {
    expect(cliOptionName("EnableSSMAccess")).toBe("--enable-ssm-access");
    expect(cliOptionName("ProductionVariants")).toBe("--production-variants");
  });

  it("applies the CLI's per-operation renames", () => {
    expect(
      cliOptionName("Version", { service: "sagemaker", operation: "DeleteImageVersion" }),
    ).toBe("--version-number");
    expect(
      cliOptionName("Version", { service: "sagemaker", operation: "CreateImageVersion" }),
    ).toBe("--version");
  });

  it("keeps the model's name without the catalogue", () => {
    expect(
      cliOptionName("Version", {
        service: "sagemaker",
        operation: "DeleteImageVersion",
        customizations: null,
      }),
    ).toBe("--version");
  });
});
