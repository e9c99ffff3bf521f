// Wires the CLI skeleton to the AWS SDK: the command line is parsed and validated exactly as
// `aws sagemaker create-endpoint-config` would, and the resulting request goes to
// `CreateEndpointConfigCommand`. The client is passed in, so a test (or a caller with its own
// middleware, credentials or endpoint) decides how it talks to the network.

import {
  CreateEndpointConfigCommand,
  type CreateEndpointConfigCommandInput,
  type CreateEndpointConfigCommandOutput,
  type SageMakerClient,
} from "@aws-sdk/client-sagemaker";
import {
  parseCommandLine,
  type CommandLineError,
  type RequestSender,
} from "@shapekit/sagemaker-cli-skeleton";

export type SendResult =
  | { readonly ok: true; readonly output: CreateEndpointConfigCommandOutput }
  | { readonly ok: false; readonly errors: readonly CommandLineError[]; readonly exitCode: number };

/** Parses `argv` (the words after `create-endpoint-config`) and sends the request with the SDK. */
export async function createEndpointConfigFromArgv(
  client: SageMakerClient,
  argv: readonly string[],
): Promise<SendResult> {
  const parsed = parseCommandLine("create-endpoint-config", argv);
  if (!parsed.ok) return parsed;
  // The request has passed the validators generated from the same model as the SDK's types.
  const input = parsed.request as unknown as CreateEndpointConfigCommandInput;
  return { ok: true, output: await client.send(new CreateEndpointConfigCommand(input)) };
}

/** A `--send` hook for the package's `run(argv, { send })`: the bin, sending with this client. */
export function sdkSender(client: SageMakerClient): RequestSender {
  return async ({ operationName, input }) => {
    if (operationName !== "CreateEndpointConfig")
      throw new Error(`this sender only knows CreateEndpointConfig, not ${operationName}`);
    const { $metadata: _metadata, ...output } = await client.send(
      new CreateEndpointConfigCommand(input as unknown as CreateEndpointConfigCommandInput),
    );
    return output;
  };
}
