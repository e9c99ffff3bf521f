// `node scripts/conformance-awscli-paging.mjs [--cases N] [--seed S] [--record FILE]`: pages
// through random paginated responses with `runCommand`'s pager (packages/cli's page-through.ts:
// `pageThrough`, then `mergedResponse` or, for text, `textPages`, printed by `formatResponse`)
// and with botocore's own `PageIterator` and the AWS CLI's formatters
// (scripts/conformance/record-awscli-paging.py, one Python process), and requires the same
// requests, in order, and the same bytes printed as json, text and table, or an error from
// both. The cases vary the paginator (one or two tokens, nested token and result paths,
// `more_results`, non-aggregate keys, secondary result keys that are counts), the pages (empty
// and repeated tokens, missing results), `--max-items` and `--starting-token` (new-style tokens
// with `boto_truncate_amount`, old-style `token___n`). Default 2,000 cases, seed 1.
// `--record FILE` writes the cases with botocore's answers as JSON lines
// (packages/cli/test/data/paging-awscli.jsonl is such a recording). Skipped, with a message,
// without python3 and its awscli package. Exit 1 on any difference.
import {
  builtCli,
  compareWithAwsCli,
  comparisonOptions,
} from "./conformance/awscli-comparison.mjs";
import { pagingOutput } from "./conformance/paging-output.mjs";

const { count, seed, record } = comparisonOptions(import.meta.url, "conformance-awscli-paging");
const cli = await builtCli("conformance-awscli-paging");
await compareWithAwsCli({
  script: "record-awscli-paging.py",
  label: "paging vs AWS CLI",
  count,
  seed,
  record,
  randomCases,
  ours: async (c, output, theirs) => {
    const ours = await pagingOutput(c, output, cli);
    const same =
      typeof theirs === "string"
        ? ours.printed === theirs && JSON.stringify(ours.calls) === JSON.stringify(c.calls)
        : ours.error !== undefined;
    return { same, ours };
  },
  describe: (c) => JSON.stringify({ ...c, json: undefined, text: undefined, table: undefined }),
});

function randomCases(n, { random, pick }) {
  const int = (max) => Math.floor(random() * max);
  return Array.from({ length: n }, () => {
    const two = random() < 0.2;
    const nested = random() < 0.2;
    const paginator = {
      inputTokens: two ? ["Marker", "SubMarker"] : ["NextToken"],
      outputTokens: two ? ["NextMarker", "Next.Sub"] : [nested ? "Meta.Next" : "NextToken"],
      resultKeys:
        random() < 0.3
          ? ["Items", pick(["Count", "Others", "Names"])]
          : [random() < 0.15 ? "Body.Items" : "Items"],
      nonAggregateKeys: random() < 0.4 ? [pick(["Summary", "Meta.Info", "Owner"])] : [],
      ...(random() < 0.2 ? { moreResults: "IsTruncated" } : {}),
      limitKey: "Limit",
    };
    const pages = [];
    const pageCount = 1 + int(5);
    const repeat = random() < 0.05;
    for (let i = 0; i < pageCount; i++) {
      // Items of one kind, as services return them; now and then a mixed list.
      const kind = random();
      const items = Array.from({ length: int(4) }, (_, j) =>
        kind < 0.5 || (kind > 0.9 && j % 2 === 0) ? `item-${i}-${j}` : { Id: `${i}-${j}`, N: j },
      );
      const page = {};
      const set = (path, value) => {
        const keys = path.split(".");
        let target = page;
        for (const key of keys.slice(0, -1)) target = target[key] ??= {};
        target[keys.at(-1)] = value;
      };
      if (random() < 0.9) set(paginator.resultKeys[0], items);
      for (const key of paginator.resultKeys.slice(1))
        set(key, key === "Count" ? items.length : key === "Names" ? `n${i}` : [`o${i}`]);
      for (const key of paginator.nonAggregateKeys) set(key, { Page: i });
      const last = i === pageCount - 1;
      paginator.outputTokens.forEach((path, t) => {
        const token = repeat && i > 0 ? `tok-0-${t}` : `tok-${i}-${t}`;
        if (!last || random() < 0.1) set(path, random() < 0.05 ? "" : token);
      });
      if (paginator.moreResults) page.IsTruncated = !last;
      pages.push(page);
    }
    const request = { Name: "n" };
    const settings = {};
    if (random() < 0.5) settings.maxItems = 1 + int(8);
    if (random() < 0.3) settings.pageSize = 1 + int(5);
    if (random() < 0.25) {
      const skip = int(4);
      if (random() < 0.6) {
        const token = Object.fromEntries(
          paginator.inputTokens.map((name, t) => [name, `start-${t}`]),
        );
        if (skip > 0 || random() < 0.5) token.boto_truncate_amount = skip;
        settings.startingToken = Buffer.from(JSON.stringify(token)).toString("base64");
      } else {
        settings.startingToken = `${paginator.inputTokens.map((_, t) => `start-${t}`).join("___")}___${skip}`;
      }
    }
    return { command: pick(["scan", "list-things"]), paginator, request, pages, ...settings };
  });
}
