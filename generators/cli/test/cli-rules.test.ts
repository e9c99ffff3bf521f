// Two argparse and help rules of the AWS CLI 1.45.11 that the fleet conformance run found, on a
// small model of our own (fixtures/cli-rules) shaped like the real cases:
//   - a required boolean (cloudformation update-termination-protection
//     --enable-termination-protection) is required in the synopsis, yet the CLI's parser accepts
//     a line without either of its flags (`--stack-name x` alone reaches the request; botocore's
//     parameter validation is what then refuses it);
//   - a list of structures without members (codecatalyst list-workflow-runs --sort-by) has the
//     Shorthand Syntax `...`, the indentation of its literal block taken off;
//   - the eight options the CLI's argument processing keeps in a table (firehose put-record-batch
//     --records here, in a cut-down copy of the real model): each word is the value of the
//     list's one member, `=` and all, and the Shorthand Syntax is `--records Data1 Data2 Data3`;
//   - an option the customization catalogue says is documented as required but optional for the
//     parser (mgn's options with hidden `-i-ds` aliases): `start-cutover` alone parses, and
//     botocore's validation then reports the missing member.

import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { helpPage } from "@shapekit/cli";
import { fixtureSurface } from "./fixture-model.js";

function surface(fixture = "service-2.json") {
  return fixtureSurface(fileURLToPath(new URL(`./fixtures/cli-rules/${fixture}`, import.meta.url)));
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

describe("a list the AWS CLI reads as words of its one member (firehose put-record-batch)", () => {
  const firehose = () => surface("firehose/service-2.json");
  it("takes each word whole as the member's value, as the AWS CLI 1.45.11 did", () => {
    const result = firehose().parseCommandLine(
      "put-record-batch",
      ["--delivery-stream-name", "s", "--records", "Data=aGVsbG8=", "plain"],
      { validate: false },
    );
    expect(result.ok && result.request).toEqual({
      DeliveryStreamName: "s",
      Records: [{ Data: "Data=aGVsbG8=" }, { Data: "plain" }],
    });
  });
  it("still reads JSON as JSON", () => {
    const result = firehose().parseCommandLine(
      "put-record-batch",
      ["--delivery-stream-name", "s", "--records", '[{"Data": "x"}]'],
      { validate: false },
    );
    expect(result.ok && result.request).toEqual({
      DeliveryStreamName: "s",
      Records: [{ Data: "x" }],
    });
  });
  it("documents the words", () => {
    const page = helpPage(firehose().operation("put-record-batch").description);
    const option = page.options.find((o) => o.names[0] === "--records");
    expect(option?.syntax?.shorthand).toBe("--records Data1 Data2 Data3");
  });
});

describe("an option a customization leaves optional on the line (mgn start-cutover)", () => {
  const mgn = () => surface("mgn/service-2.json");
  it("is required in the synopsis, as the AWS CLI 1.45.11 prints it", () => {
    expect(mgn().synopsis("start-cutover").split("\n")).toContain("--source-server-ids <value>");
  });
  it("is not asked for on the line: the CLI's parser accepted `start-cutover` alone", () => {
    const result = mgn().parseCommandLine("start-cutover", [], { validate: false });
    expect(result.ok && result.request).toEqual({});
  });
  it("is then reported by validation, as botocore reported the missing sourceServerIDs", () => {
    const result = mgn().parseCommandLine("start-cutover", []);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(JSON.stringify(result.errors)).toContain("sourceServerIDs");
  });
});
