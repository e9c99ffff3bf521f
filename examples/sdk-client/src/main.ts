// `shapekit-sagemaker` with `--send` wired to the AWS SDK:
//   node dist/main.js create-endpoint-config --endpoint-config-name c --production-variants VariantName=v,ModelName=m --send
// Without `--send` it prints the request (dry run); with it, the SDK sends it with your credentials.
import { SageMakerClient } from "@aws-sdk/client-sagemaker";
import { run } from "@shapekit/sagemaker-cli-skeleton";
import { sdkSender } from "./send-with-sdk.js";

process.exitCode = await run(process.argv.slice(2), { send: sdkSender(new SageMakerClient({})) });
