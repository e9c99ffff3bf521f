// A waiter's command against its operation's, on a model of botocore's form with the ELB case
// the AWS CLI treats apart: `--instances` of describe-instance-health is read as words (each the
// value of the list's one member) and documented as `--instances InstanceId1 InstanceId2
// InstanceId3`. The waiter that polls it (`wait instance-in-service`) reads the words the same
// way, yet documents the list as any other (`InstanceId=string ...`), as AWS CLI 1.45.11 does
// (the fleet comparison, `npm run conformance:awscli -- --services elb`, holds it there).
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadModel, selectService } from "@shapekit/model";
import { describe, expect, it } from "vitest";
import { modelCommandSurface } from "../src/model-cli/model-surface.js";

const dir = join(mkdtempSync(join(tmpdir(), "shapekit-elb-")), "elb", "2012-06-01");
mkdirSync(dir, { recursive: true });
writeFileSync(
  join(dir, "service-2.json"),
  JSON.stringify({
    metadata: {
      apiVersion: "2012-06-01",
      serviceId: "Elastic Load Balancing",
      endpointPrefix: "elasticloadbalancing",
      protocol: "query",
    },
    operations: {
      DescribeInstanceHealth: {
        name: "DescribeInstanceHealth",
        input: { shape: "DescribeEndPointStateInput" },
        output: { shape: "DescribeEndPointStateOutput" },
      },
    },
    shapes: {
      DescribeEndPointStateInput: {
        type: "structure",
        required: ["LoadBalancerName"],
        members: {
          LoadBalancerName: { shape: "AccessPointName" },
          Instances: { shape: "Instances" },
        },
      },
      DescribeEndPointStateOutput: {
        type: "structure",
        members: { InstanceStates: { shape: "InstanceStates" } },
      },
      InstanceStates: { type: "list", member: { shape: "InstanceState" } },
      InstanceState: { type: "structure", members: { State: { shape: "State" } } },
      State: { type: "string" },
      AccessPointName: { type: "string" },
      Instances: { type: "list", member: { shape: "Instance" } },
      Instance: { type: "structure", members: { InstanceId: { shape: "InstanceId" } } },
      InstanceId: { type: "string" },
    },
  }),
);
writeFileSync(
  join(dir, "waiters-2.json"),
  JSON.stringify({
    version: 2,
    waiters: {
      InstanceInService: {
        operation: "DescribeInstanceHealth",
        delay: 15,
        maxAttempts: 40,
        acceptors: [
          {
            matcher: "pathAll",
            argument: "InstanceStates[].State",
            state: "success",
            expected: "InService",
          },
        ],
      },
    },
  }),
);

const { model } = loadModel([dir]);
const selection = selectService(model!, undefined);
if (!selection.ok) throw new Error(selection.message);
const surface = modelCommandSurface(model!, selection.service);

describe("a waiter's command and its operation's word-list option", () => {
  const argv = ["--load-balancer-name", "lb", "--instances", "i-1", "InstanceId=i-2"];

  it("is read as words by both", () => {
    for (const parsed of [
      surface.parseCommandLine("describe-instance-health", argv),
      surface.wait!.parseCommandLine("instance-in-service", argv),
    ])
      expect(parsed).toMatchObject({
        ok: true,
        request: {
          LoadBalancerName: "lb",
          Instances: [{ InstanceId: "i-1" }, { InstanceId: "InstanceId=i-2" }],
        },
      });
  });

  it("is documented as words by the operation's help only", () => {
    const words = "--instances InstanceId1 InstanceId2 InstanceId3";
    expect(surface.renderHelp("describe-instance-health")).toContain(words);
    const waiterHelp = surface.wait!.renderHelp("instance-in-service");
    expect(waiterHelp).not.toContain(words);
    expect(waiterHelp).toContain("InstanceId=string ...");
  });
});
