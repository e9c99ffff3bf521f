// Pagination as the AWS CLI v1 does it, for `shapekit cli --model` over botocore models with their
// paginators-1.json. The fixtures are cut-down copies of real botocore models (DynamoDB, IAM,
// Route 53, CloudFormation, S3, CloudWatch Logs, API Gateway v2: the operations named in
// fixtures/paginated, every shape they reach, their paginators), so the AWS CLI applies its
// customizations to them too. What it made of each command line was recorded with
//   python3 scripts/conformance/record-awscli-pagination.py --data generators/cli/test/fixtures/paginated CASES
// (the first request the paginator builds, whether it paginates, the PaginationConfig, or the
// error) and the synopses with scripts/conformance/record-awscli-commands.py; both are compared here.

import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCommand } from "@shapekit/cli";
import type { Model, Shape } from "@shapekit/model";
import { loadFixtureModel } from "./fixture-model.js";
import { modelCommandSurface } from "../src/model-cli/model-surface.js";
import { readJsonLines, type SynopsisRecord } from "./awscli-recording.js";

const fixtures = new URL("./fixtures/paginated/", import.meta.url);
const folders: Record<string, string> = {
  dynamodb: "dynamodb/2012-08-10",
  iam: "iam/2010-05-08",
  route53: "route53/2013-04-01",
  cloudformation: "cloudformation/2010-05-15",
  s3api: "s3/2006-03-01",
  logs: "logs/2014-03-28",
  apigatewayv2: "apigatewayv2/2018-11-29",
};

interface PagingCase {
  service: string;
  operation: string;
  argv: string[];
  callParameters?: Record<string, unknown>;
  firstPage?: Record<string, unknown>;
  paginate?: boolean;
  warnings?: string[];
  error?: string;
}
const cases = readJsonLines<PagingCase>(new URL("awscli-1.45.11.jsonl", fixtures));
const synopses = readJsonLines<SynopsisRecord>(new URL("synopsis-awscli-1.45.11.jsonl", fixtures));

const loaded = new Map<string, { model: Model; service: Shape }>();
function surface(service: string) {
  let entry = loaded.get(service);
  if (!entry) {
    entry = loadFixtureModel(
      fileURLToPath(new URL(`${folders[service]}/service-2.json`, fixtures)),
    );
    loaded.set(service, entry);
  }
  return modelCommandSurface(entry.model, entry.service);
}

/** Errors whose words ShapeKit repeats exactly (the AWS CLI's pagination and argparse messages). */
const REPEATED = [
  /^Error during pagination: .*/,
  /^Bad starting token: .*/,
  /^'\w+' object has no attribute '\w+'$/,
  /^invalid literal for int\(\) with base 10: .*/,
  /argument --[a-z-]+: invalid int value: .*/,
];
/** Errors botocore's parameter check makes: ShapeKit's validation makes them, the request is built. */
const PARAMETER_CHECK = /^(Invalid type for parameter|Unknown parameter in input)/;

describe("pagination on the command line, against the AWS CLI", () => {
  it.each(cases.map((r) => [r.service, r.operation, r.argv.join(" "), r] as const))(
    "%s %s %s",
    (service, operation, _argv, record) => {
      const ours = surface(service);
      const result = ours.parseCommandLine(operation, record.argv, { validate: false });
      if (record.error === undefined) {
        expect(result).toMatchObject({ ok: true });
        if (!result.ok) return;
        expect(result.request).toEqual(record.firstPage);
        expect(result.pagination?.paginate ?? false).toBe(record.paginate);
        const config = record.callParameters?.PaginationConfig as
          Record<string, unknown> | undefined;
        if (config) {
          expect(result.pagination).toEqual({
            paginate: true,
            ...(config.StartingToken !== undefined ? { startingToken: config.StartingToken } : {}),
            ...(config.PageSize !== undefined ? { pageSize: config.PageSize } : {}),
            // botocore reads MaxItems with int(): a string limit key's "2" is 2.
            ...(config.MaxItems !== undefined ? { maxItems: Number(config.MaxItems) } : {}),
          });
        }
        expect(result.warnings.map((w) => `warning: ${w.message}`)).toEqual(record.warnings ?? []);
        return;
      }
      if (PARAMETER_CHECK.test(record.error)) {
        const validated = ours.parseCommandLine(operation, record.argv);
        expect(validated.ok).toBe(false);
        return;
      }
      expect(result.ok).toBe(false);
      const pattern = REPEATED.find((p) => p.test(record.error!));
      if (pattern && !result.ok)
        expect(record.error.endsWith(result.errors[0]!.message)).toBe(true);
    },
  );

  it.each(synopses.map((r) => [r.service, r.operation, r] as const))(
    "%s %s: the synopsis hides the driven members; paging options follow the cli-input options",
    (service, operation, record) => {
      const lines = surface(service).synopsis(operation).split("\n");
      const inputAt = lines.indexOf("[--cli-input-json | --cli-input-yaml]");
      expect(lines.slice(0, inputAt)).toEqual(record.synopsis);
      const description = surface(service).operation(operation).description;
      const paging = !description.pagination
        ? []
        : [
            "[--starting-token <value>]",
            ...(description.pagination.limitKey !== undefined ? ["[--page-size <value>]"] : []),
            ...(record.synopsis.includes("[--max-items <value>]") ? [] : ["[--max-items <value>]"]),
          ];
      // The order `aws <service> <operation> help` prints (checked by hand with the AWS CLI 1.45.11).
      expect(lines.slice(inputAt + 1)).toEqual([...paging, "[--generate-cli-skeleton <value>]"]);
    },
  );

  it("help pages describe the paging options and name the result keys", () => {
    const page = surface("dynamodb").renderHelp("scan");
    expect(page).toContain("--starting-token (string)");
    expect(page).toContain("--page-size (integer)");
    expect(page).toContain("--max-items (integer)");
    expect(page).toContain("`Items`, `Count`, `ScannedCount`");
    expect(page).not.toContain("--exclusive-start-key (");
    expect(page).not.toContain("--limit (");
    // Route 53's limit key is a string: so are --page-size and --max-items, in the member's place.
    const route53 = surface("route53").renderHelp("list-resource-record-sets");
    expect(route53).toContain("--max-items (string)");
    expect(route53).toContain("--page-size (string)");
  });

  it("--generate-cli-skeleton keeps every input member, the hidden ones included", () => {
    const skeleton = JSON.parse(surface("dynamodb").generateCliSkeleton("scan", "input")) as object;
    expect(Object.keys(skeleton)).toContain("Limit");
    expect(Object.keys(skeleton)).toContain("ExclusiveStartKey");
    expect(Object.keys(skeleton)).not.toContain("PaginationConfig");
  });
});

describe("the bin's dry run of a paginated operation", () => {
  it("prints the first page's request on stdout and the paging settings on stderr", async () => {
    const run = async (argv: string[]) => {
      let stdout = "";
      let stderr = "";
      const code = await runCommand(surface("dynamodb"), argv, {
        io: { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) },
      });
      return { code, stdout, stderr };
    };
    const paged = await run(["scan", "--table-name", "t", "--page-size", "10", "--max-items", "5"]);
    expect(paged.code).toBe(0);
    expect(JSON.parse(paged.stdout)).toEqual({ TableName: "t", Limit: 10 });
    expect(paged.stderr).toContain("page through the results (page size 10, at most 5 items)");
    const single = await run(["scan", "--table-name", "t", "--no-paginate"]);
    expect(JSON.parse(single.stdout)).toEqual({ TableName: "t" });
    expect(single.stderr).toBe("");
  });

  it("pages through the results with --send as the AWS CLI does: one call per page", async () => {
    const pages = [
      { Items: [{ n: 1 }, { n: 2 }], Count: 2, ScannedCount: 2, LastEvaluatedKey: { k: "a" } },
      { Items: [{ n: 3 }, { n: 4 }], Count: 2, ScannedCount: 3, LastEvaluatedKey: { k: "b" } },
      { Items: [{ n: 5 }], Count: 1, ScannedCount: 1 },
    ];
    const run = async (argv: string[]) => {
      const calls: unknown[] = [];
      let stdout = "";
      const code = await runCommand(surface("dynamodb"), [...argv, "--send"], {
        io: { stdout: (t) => (stdout += t), stderr: () => {} },
        send: ({ input }) => Promise.resolve(pages[calls.push(input) - 1] ?? {}),
      });
      return { code, calls, stdout };
    };
    const all = await run(["scan", "--table-name", "t", "--page-size", "2"]);
    expect(all.code).toBe(0);
    expect(all.calls).toEqual([
      { TableName: "t", Limit: 2 },
      { TableName: "t", Limit: 2, ExclusiveStartKey: { k: "a" } },
      { TableName: "t", Limit: 2, ExclusiveStartKey: { k: "b" } },
    ]);
    expect(JSON.parse(all.stdout)).toEqual({
      Items: [{ n: 1 }, { n: 2 }, { n: 3 }, { n: 4 }, { n: 5 }],
      Count: 5,
      ScannedCount: 6,
      // The paginator's non-aggregate key, absent from the first page: null, as the AWS CLI prints.
      ConsumedCapacity: null,
    });
    // --max-items 3 stops inside the second page and says where to resume.
    const cut = await run(["scan", "--table-name", "t", "--max-items", "3"]);
    expect(cut.calls).toHaveLength(2);
    const printed = JSON.parse(cut.stdout) as { Items: unknown[]; NextToken: string };
    expect(printed.Items).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    expect(JSON.parse(atob(printed.NextToken))).toEqual({
      ExclusiveStartKey: { k: "a" },
      boto_truncate_amount: 1,
    });
    // --no-paginate: one call, the response as it is.
    const single = await run(["scan", "--table-name", "t", "--no-paginate"]);
    expect(single.calls).toEqual([{ TableName: "t" }]);
    expect(JSON.parse(single.stdout)).toEqual(pages[0]);
  });
});
