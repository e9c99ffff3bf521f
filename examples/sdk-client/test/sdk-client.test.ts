// The example end to end with a mocked SDK client: a custom requestHandler answers instead of
// the network and records what the SDK would have sent.
import { SageMakerClient } from "@aws-sdk/client-sagemaker";
import { run } from "@shapekit/sagemaker-cli-skeleton";
import { describe, expect, it } from "vitest";
import { createEndpointConfigFromArgv, sdkSender } from "../src/send-with-sdk.js";

const ARN = "arn:aws:sagemaker:us-east-1:123456789012:endpoint-config/my-config";

/** What the mocked service answers: a status and a JSON body. */
interface Answer {
  readonly statusCode: number;
  readonly body: unknown;
}

function mockedClient(answer: Answer = { statusCode: 200, body: { EndpointConfigArn: ARN } }) {
  const sent: Array<{ target: string | undefined; body: unknown }> = [];
  const client = new SageMakerClient({
    region: "us-east-1",
    credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" },
    requestHandler: {
      handle: (request: { headers: Record<string, string>; body?: unknown }) => {
        sent.push({
          target: request.headers["x-amz-target"],
          body: JSON.parse(String(request.body)),
        });
        const body = new TextEncoder().encode(JSON.stringify(answer.body));
        return Promise.resolve({
          response: {
            statusCode: answer.statusCode,
            headers: { "content-type": "application/x-amz-json-1.1" },
            body,
          },
        });
      },
    },
  });
  return { client, sent };
}

const ARGV = [
  "--endpoint-config-name",
  "my-config",
  "--production-variants",
  "VariantName=primary,ModelName=my-model,InstanceType=ml.m5.large,InitialInstanceCount=1",
  "--tags",
  "Key=team,Value=search",
  "--enable-network-isolation",
];

describe("example: CLI skeleton + @aws-sdk/client-sagemaker", () => {
  it("sends the parsed request with CreateEndpointConfigCommand", async () => {
    const { client, sent } = mockedClient();
    const result = await createEndpointConfigFromArgv(client, ARGV);
    expect(result.ok && result.output.EndpointConfigArn).toBe(ARN);
    expect(sent).toEqual([
      {
        target: "SageMaker.CreateEndpointConfig",
        body: {
          EndpointConfigName: "my-config",
          ProductionVariants: [
            {
              VariantName: "primary",
              ModelName: "my-model",
              InstanceType: "ml.m5.large",
              InitialInstanceCount: 1,
            },
          ],
          Tags: [{ Key: "team", Value: "search" }],
          EnableNetworkIsolation: true,
        },
      },
    ]);
  });

  it("sends nothing when the command line is invalid", async () => {
    const { client, sent } = mockedClient();
    const result = await createEndpointConfigFromArgv(client, [
      "--endpoint-config-name",
      "bad name!",
      "--production-variants",
      "VariantName=v",
    ]);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toMatchObject({
      kind: "validation",
      option: "--endpoint-config-name",
      path: "EndpointConfigName",
    });
    expect(sent).toEqual([]);
  });

  it("runs the bin's --send through the SDK", async () => {
    const { client, sent } = mockedClient();
    let stdout = "";
    const code = await run(["create-endpoint-config", ...ARGV, "--send"], {
      send: sdkSender(client),
      io: { stdout: (t) => (stdout += t), stderr: () => {} },
    });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ EndpointConfigArn: ARN });
    expect(sent).toHaveLength(1);
  });

  it("prints the service's error answer as the AWS CLI does, exit 254", async () => {
    // The SDK turns the error answer into its service exception, which `run` recognises.
    const { client } = mockedClient({
      statusCode: 400,
      body: { __type: "ResourceLimitExceeded", message: "too many endpoint configs" },
    });
    let stderr = "";
    const code = await run(["create-endpoint-config", ...ARGV, "--send"], {
      send: sdkSender(client),
      io: { stdout: () => {}, stderr: (t) => (stderr += t) },
    });
    expect(code).toBe(254);
    expect(stderr).toBe(
      "shapekit-sagemaker create-endpoint-config: error: An error occurred (ResourceLimitExceeded) when calling the CreateEndpointConfig operation: too many endpoint configs\n",
    );
  });
});
