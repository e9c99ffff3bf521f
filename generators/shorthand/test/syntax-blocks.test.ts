// The syntax help texts of the seed page's operation, from spec/ (the whole help page is compared
// with the seed byte for byte in generators/cli-skeleton). The comparison over every recorded
// SageMaker operation (test/data/syntax-blocks-awscli.jsonl) needs the whole public model, which
// users don't have: it is a conformance script, not a test.
import { fileURLToPath } from "node:url";
import { loadModel } from "@shapekit/model";
import { CliCommands } from "@shapekit/shorthand";
import { describe, expect, it } from "vitest";
import { CliShapeBuilder } from "../src/cli-shapes.js";

function commandsFor(
  paths: string[],
  serviceId: string,
  operations: (name: string) => boolean,
): CliCommands {
  const { model, diagnostics } = loadModel(paths);
  if (!model) throw new Error(diagnostics.map((d) => d.message).join("\n"));
  const service = model.expectShape(serviceId);
  const builder = new CliShapeBuilder(model, service.namespace);
  const ops = model.ownShapes().filter((s) => s.type === "operation" && operations(s.name));
  const commands = ops.map((op) => builder.command(op, service));
  return new CliCommands(builder.table(), commands);
}

describe("syntax help of the seed page's operation (spec/)", () => {
  const spec = fileURLToPath(new URL("../../../spec", import.meta.url));
  const cli = commandsFor(
    [spec],
    "com.amazonaws.sagemaker#SageMaker",
    (n) => n === "CreateEndpointConfig",
  );

  it("prints the seed page's blocks for --tags and --vpc-config", () => {
    expect(cli.syntaxHelp("create-endpoint-config", "--tags")).toEqual({
      type: "list",
      shorthand: "Key=string,Value=string ...",
      json: '[\n  {\n    "Key": "string",\n    "Value": "string"\n  }\n  ...\n]',
      syntax: undefined,
    });
    expect(cli.syntaxHelp("create-endpoint-config", "--vpc-config")?.shorthand).toBe(
      "SecurityGroupIds=string,string,Subnets=string,string",
    );
  });
});
