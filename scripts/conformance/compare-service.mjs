// One service against the AWS CLI's recorded answers (scripts/conformance/record-awscli-surface.py):
// skeletons, option names, syntax blocks and command lines, operation by operation, through the
// command surface `shapekit cli --model` runs. The ShapeKit functions come in as `deps` so the
// sweep passes the built packages and the test suite passes the sources.

export const ROWS = [
  ["input", "input skeletons"],
  ["output", "output skeletons"],
  ["yaml", "yaml-input skeletons"],
  ["options", "option surface"],
  ["blocks", "syntax blocks"],
  ["accepted", "accepted lines → same request (validate: false)"],
  ["validated", "accepted lines, validation on (CLI: botocore's checks)"],
  ["rejected", "rejected lines → also rejected"],
];

const PAGING = new Set(["--starting-token", "--page-size", "--max-items"]);
const CONSTRAINT_CODES = new Set(["length", "range", "pattern", "enum"]);
/** What our parser puts in an absent `@idempotencyToken` member here; the recording has none. */
const FILLED_TOKEN = "<filled idempotency token>";

function withoutFilledTokens(request) {
  return Object.fromEntries(Object.entries(request).filter(([, v]) => v !== FILLED_TOKEN));
}

export function emptyTally() {
  const tally = Object.fromEntries(ROWS.map(([k]) => [k, [0, 0]]));
  tally.constraint = 0;
  tally.customized = 0;
  tally.customizedBlocks = 0;
  tally.customizedOutputs = 0;
  return tally;
}

export function addTally(into, from) {
  for (const [k] of ROWS) {
    into[k][0] += from[k][0];
    into[k][1] += from[k][1];
  }
  into.constraint += from.constraint;
  into.customized += from.customized;
  into.customizedBlocks += from.customizedBlocks;
  into.customizedOutputs += from.customizedOutputs;
}

/** Groups the AWS CLI's records by operation. */
export function indexRecords(records) {
  const byOperation = new Map();
  const entry = (op) => {
    if (!byOperation.has(op))
      byOperation.set(op, { skeletons: {}, options: undefined, blocks: new Map(), cases: [] });
    return byOperation.get(op);
  };
  for (const r of records) {
    const e = entry(r.operation);
    if ("kind" in r) e.skeletons[r.kind] = r;
    else if ("options" in r) e.options = r.options;
    else if ("argv" in r) e.cases.push(r);
    else if ("param" in r) e.blocks.set(r.param, r);
  }
  return byOperation;
}

/** A request as comparable JSON: bytes as {$bytes: base64}, like the recorder writes them. */
export function normalizeRequest(request) {
  return JSON.parse(
    JSON.stringify(request, (_k, v) => {
      if (v instanceof Uint8Array) return { $bytes: Buffer.from(v).toString("base64") };
      return v;
    }),
  );
}

function firstDifference(expected, actual) {
  let i = 0;
  while (i < expected.length && expected[i] === actual[i]) i++;
  const line = expected.slice(0, i).split("\n").length;
  const at = (text) => JSON.stringify(text.slice(Math.max(0, i - 30), i + 50));
  return `line ${line}: expected ${at(expected)}, got ${at(actual)}`;
}

function firstDifferentPath(a, b, path = "") {
  if (JSON.stringify(a) === JSON.stringify(b)) return undefined;
  if (
    a &&
    b &&
    typeof a === "object" &&
    typeof b === "object" &&
    Array.isArray(a) === Array.isArray(b)
  ) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifferentPath(a[k], b[k], path ? `${path}.${k}` : k);
      if (d) return d;
    }
  }
  return `${path || "(request)"}: AWS CLI ${JSON.stringify(a)?.slice(0, 80)}, ours ${JSON.stringify(b)?.slice(0, 80)}`;
}

/**
 * Compares the sampled `operations` (CLI name → model operation shape, or `{ binding }` for a
 * waiter's command, named `wait <waiter>`) of a service.
 * `customized(op)`: whether the AWS CLI customizes the operation in a way ShapeKit does not
 * reproduce (its options and command lines are then not compared); `customizedOption(op, option)`:
 * whether a customization rewrites that option with code of its own (its help blocks are then
 * not compared, and counted in `customizedBlocks`); `customizedOutput(op)`: whether a customization
 * rewrites the response after the call (the output skeleton is then counted in
 * `customizedOutputs`). Returns
 * { tally, failures: [{ row, operation, text }] }.
 */
export function compareService({
  deps,
  model,
  service,
  operations,
  records,
  customized = () => false,
  customizedOption = () => false,
  customizedOutput = () => false,
  serviceName,
}) {
  const { operationBinding, createCommandSurface, helpPage } = deps;
  const byOperation = indexRecords(records);
  const tally = emptyTally();
  const failures = [];
  const fail = (row, operation, text) => failures.push({ row, operation, text });

  for (const [name, operation] of operations) {
    const recorded = byOperation.get(name);
    if (!recorded && customized(name)) {
      tally.customized++; // a command the AWS CLI removes (catalogued): nothing to compare
      continue;
    }
    if (!recorded) {
      fail("options", name, "the AWS CLI has no such operation");
      tally.options[1]++;
      continue;
    }
    const binding = operation.binding ?? operationBinding(model, service, operation);
    const surface = createCommandSurface({
      command: `shapekit-${serviceName}`,
      operations: [binding],
    });
    const description = binding.description;
    // The surface's name of the command: a waiter's is the word after `wait`.
    const key = description.name;

    for (const [kind, row] of [
      ["input", "input"],
      ["output", "output"],
      ["yaml-input", "yaml"],
    ]) {
      const expected = recorded.skeletons[kind];
      if (!expected || !expected.ok) continue;
      if (kind === "output" && customizedOutput(name)) {
        tally.customizedOutputs++;
        continue;
      }
      let ours;
      try {
        ours = surface.generateCliSkeleton(key, kind);
      } catch (e) {
        ours = `<error: ${e.message}>`;
      }
      tally[row][1]++;
      if (ours === expected.stdout) tally[row][0]++;
      else fail(row, name, firstDifference(expected.stdout, ours));
    }

    const isCustomized = customized(name);
    if (isCustomized) tally.customized++;

    // Option names, ours against the CLI's argument table.
    if (recorded.options && !isCustomized) {
      // The CLI's positional outfile (a streaming response) is `<outfile>` on both sides.
      const theirs = new Set(
        recorded.options.map(([n, , , cls]) =>
          String(cls).endsWith(":StreamingOutputArgument") ? `<${n}>` : `--${n}`,
        ),
      );
      // `--cli-input-yaml` is ShapeKit's on purpose (the AWS CLI v2 option), and `--no-paginate`
      // is a global option of the AWS CLI that ShapeKit takes per operation: not differences.
      const ours = new Set(
        surface
          .optionTable(key)
          .map((o) => o.name)
          .filter((n) => n !== "--cli-input-yaml" && n !== "--no-paginate"),
      );
      if (description.streamingOutput !== undefined) ours.add("<outfile>");
      const missing = [...theirs].filter((n) => !ours.has(n));
      const extra = [...ours].filter((n) => !theirs.has(n));
      tally.options[1]++;
      if (missing.length === 0 && extra.length === 0) tally.options[0]++;
      else
        fail(
          "options",
          name,
          `${missing.length ? `missing ${missing.join(" ")}` : ""}${missing.length && extra.length ? "; " : ""}${extra.length ? `extra ${extra.join(" ")}` : ""}`,
        );
    }

    // Syntax blocks of every option, as the help page shows them.
    const page = helpPage(description);
    const ourBlocks = new Map(
      page.options.filter((o) => !o.builtin).map((o) => [o.names[0], o.syntax ?? {}]),
    );
    for (const [param, expected] of recorded.blocks) {
      if (customizedOption(name, param)) {
        tally.customizedBlocks++;
        continue;
      }
      const mine = ourBlocks.get(param) ?? {};
      for (const [field, title] of [
        ["shorthand", "Shorthand Syntax"],
        ["json", "JSON Syntax"],
        ["syntax", "Syntax"],
      ]) {
        const theirs = expected[field] ?? undefined;
        const own = mine[field] ?? undefined;
        if (theirs === undefined && own === undefined) continue;
        tally.blocks[1]++;
        if (theirs === own) tally.blocks[0]++;
        else
          fail(
            "blocks",
            name,
            `${param} ${title}: ${theirs === undefined ? "the AWS CLI has none" : own === undefined ? "we have none" : firstDifference(theirs, own)}`,
          );
      }
    }

    if (isCustomized) continue;
    for (const c of recorded.cases) {
      const line = `${name} ${c.argv.join(" ")}`.slice(0, 160);
      let parsed;
      try {
        parsed = surface.parseCommandLine(key, c.argv, {
          validate: false,
          idempotencyToken: () => FILLED_TOKEN,
        });
        // botocore fills absent idempotency tokens after the point the recorder stops at.
        if (parsed.ok) parsed = { ...parsed, request: withoutFilledTokens(parsed.request) };
      } catch (e) {
        parsed = { ok: false, errors: [{ message: `threw ${e.message}` }] };
      }
      if ("error" in c) {
        tally.rejected[1]++;
        if (!parsed.ok) tally.rejected[0]++;
        else
          fail(
            "rejected",
            name,
            `${line}: the AWS CLI says ${JSON.stringify(c.error.slice(0, 100))}; we accept`,
          );
        continue;
      }
      tally.accepted[1]++;
      const expected = normalizeRequest(c.request);
      if (!parsed.ok) {
        fail(
          "accepted",
          name,
          `${line}: we reject: ${parsed.errors[0]?.message.split("\n")[0].slice(0, 140)}`,
        );
      } else {
        const difference = firstDifferentPath(expected, normalizeRequest(parsed.request));
        if (difference === undefined) tally.accepted[0]++;
        else fail("accepted", name, `${line}: ${difference}`);
      }
      // Validation on: the CLI's verdict is botocore's parameter validation of that request.
      tally.validated[1]++;
      const cliValid = !c.botocoreIssues;
      let issues = [];
      if (parsed.ok && binding.validate) {
        try {
          const verdict = binding.validate(parsed.request);
          issues = verdict.ok ? [] : verdict.issues.filter((i) => i.severity !== "warning");
        } catch (e) {
          issues = [{ code: "internal", path: "", message: `threw ${e.message}` }];
        }
      }
      const ourValid = parsed.ok && issues.length === 0;
      if (cliValid === ourValid) tally.validated[0]++;
      else if (cliValid && parsed.ok && issues.every((i) => CONSTRAINT_CODES.has(i.code))) {
        tally.validated[0]++;
        tally.constraint++;
      } else if (cliValid)
        fail(
          "validated",
          name,
          `${line}: we reject: ${
            issues
              .map((i) => `${i.path} [${i.code}] ${i.message}`)
              .join("; ")
              .slice(0, 200) || "(parse)"
          }`,
        );
      else
        fail(
          "validated",
          name,
          `${line}: botocore rejects (${c.botocoreIssues[0].slice(0, 120)}); we accept`,
        );
    }
  }
  return { tally, failures };
}

/** A one-word class for a disagreement, for the summary by class (the text's recognisable part). */
export function classify({ row, text }) {
  if (row === "options") {
    if ([...PAGING].some((p) => text.includes(p))) return "options: pagination options";
    if (text.includes("--outfile")) return "options: streaming outfile";
    if (text.includes("--cli-input-yaml")) return "options: --cli-input-yaml (AWS CLI v2 only)";
    return "options: other";
  }
  if (row === "input" || row === "output" || row === "yaml") {
    if (/got "<error/.test(text)) return `${row}: we fail`;
    if (/expected "[^"]*\{\}/.test(text) || /null/.test(text)) return `${row}: documents`;
    return `${row}: other`;
  }
  if (row === "blocks") {
    if (text.includes("we have none")) return "blocks: we have none";
    if (text.includes("the AWS CLI has none")) return "blocks: the AWS CLI has none";
    return "blocks: text differs";
  }
  const m = /: (we reject|botocore rejects|the AWS CLI says)(.*)/.exec(text);
  if (m) {
    const reason = m[2]
      .replace(/"[^"]*"/g, '"…"')
      .replace(/--[a-z0-9-]+/g, "--…")
      .replace(/[0-9]+/g, "N")
      .slice(0, 70);
    return `${row}: ${m[1]}${reason}`;
  }
  const path = /: ([A-Za-z0-9_.[\]]+|\(request\)): AWS CLI/.exec(text);
  return `${row}: request differs${path ? "" : ""}`;
}
