import { describe, expect, it } from "vitest";
import { cliServiceName } from "../../src/cli-shapes.js";
import { awsCliServiceName } from "../../src/naming/awscli-service-names.js";
import { resolveDocs } from "../json-models.js";

/** The service shape of a one-service Smithy model, with `aws.api#service` when `sdkId` is given. */
function service(name: string, sdkId?: string) {
  const { model } = resolveDocs({
    smithy: "2.0",
    shapes: {
      [`ns#${name}`]: {
        type: "service",
        version: "2024-01-01",
        ...(sdkId === undefined ? {} : { traits: { "aws.api#service": { sdkId } } }),
      },
    },
  });
  return model!.expectShape(`ns#${name}`);
}

describe("the AWS CLI's name of a service from a Smithy model", () => {
  it("is the SDK id in kebab case for most services", () => {
    expect(awsCliServiceName("Bedrock Runtime")).toBe("bedrock-runtime");
    expect(awsCliServiceName("SageMaker")).toBe("sagemaker");
    expect(awsCliServiceName("IoT  Data")).toBe("iot-data");
  });

  it("is botocore's older name where the AWS CLI kept one", () => {
    expect(awsCliServiceName("Route 53")).toBe("route53");
    expect(awsCliServiceName("CloudWatch Logs")).toBe("logs");
    expect(awsCliServiceName("SFN")).toBe("stepfunctions");
    expect(awsCliServiceName("Elastic Load Balancing v2")).toBe("elbv2");
  });

  it("names a Smithy service by its SDK id, or by its shape name when it declares none", () => {
    expect(cliServiceName(service("Route53_20130401", "Route 53"))).toBe("route53");
    expect(cliServiceName(service("AmazonS3", "S3"))).toBe("s3");
    expect(cliServiceName(service("AmazonBedrockFrontendService", "Bedrock Runtime"))).toBe(
      "bedrock-runtime",
    );
    // Without `aws.api#service` the table does not apply, even to a shape named like an SDK id.
    expect(cliServiceName(service("SFN"))).toBe("sfn");
    expect(cliServiceName(service("Weather"))).toBe("weather");
  });
});
