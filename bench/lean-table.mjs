// Issue 14's table: every goal, the figure the issue started from ("then", as it reported them)
// and this run's, with whether the goal is met. The figures come from the other benchmarks'
// return values (generate-service, validators, shorthand, fleet).

const seconds = (ms) => (ms === undefined ? "n/a" : `${(ms / 1000).toFixed(2)} s`);
const millis = (ms) => (ms === undefined ? "n/a" : `${ms.toFixed(0)} ms`);
const ratio = (x) => (x === undefined || !Number.isFinite(x) ? "n/a" : `${x.toFixed(2)}×`);
const met = (ok) => (ok === undefined ? "?" : ok ? "yes" : "no");

export function printLeanTable({ service, validators, shorthand, fleet }) {
  const rows = [];
  const row = (what, then, now, goal, ok) => rows.push([what, then, now, goal, met(ok)]);
  if (service) {
    const mb = service.sourceBytes / 1e6;
    row(
      "whole-SageMaker packages, source",
      "38 MB, 6,239 files",
      `${mb.toFixed(1)} MB, ${service.sourceFiles.toLocaleString("en")} files`,
      "≤ 8 MB",
      mb <= 8,
    );
    row(
      "build of the four packages (then tsc; now shapekit-build)",
      "78 s",
      `${seconds(service.buildMs)} (type-check apart: tsc --noEmit ${seconds(service.typecheckMs)})`,
      "≤ 10 s, or none",
      service.buildMs <= 10_000,
    );
    for (const kind of ["validators", "cli-skeleton"]) {
      const eager = service.eagerRootImportMs?.[kind];
      row(
        `import of the ${kind} root (Node.js: the lazy root)`,
        kind === "validators" ? "1,037 ms" : "1,282 ms",
        `${millis(service.rootImportMs[kind])}${eager === undefined ? "" : ` (eager root, for bundlers: ${millis(eager)})`}`,
        "≤ 100 ms",
        service.rootImportMs[kind] <= 100,
      );
    }
    const perOperation = Object.values(service.operationImportMs).filter((x) => x !== undefined);
    const slowest = perOperation.length ? Math.max(...perOperation) : undefined;
    const floor = service.floorMs;
    row(
      "import of one operation's entry point (slowest kind)",
      "10–94 ms",
      `${millis(slowest)}${floor ? ` (an empty module: ${millis(floor.empty)}; the runtimes a cli-skeleton entry imports: ${millis(floor.runtimes)})` : ""}`,
      "≤ 15 ms",
      slowest <= 15,
    );
    row(
      "`shapekit generate`, whole SageMaker, cold",
      "7.3 s",
      `${seconds(service.coldMs)} (median of 3)`,
      "≤ 3 s",
      service.coldMs <= 3000,
    );
    row(
      "`generate --check`, nothing changed",
      "2.7 s",
      seconds(service.checkMs),
      "≤ 1 s",
      service.checkMs <= 1000,
    );
  } else row("whole-SageMaker rows", "", "skipped (no model)", "", undefined);
  if (fleet && !fleet.skipped)
    row(
      "all botocore services generated (one `--service '*'` run)",
      "not measured",
      `${seconds(fleet.wallMs)} (CPU ${seconds(fleet.cpuMs)}), ${fleet.services} services, ${fleet.failed} failed, peak RSS ${fleet.peakRssMb} MB`,
      "≤ 5 min, ≤ 2 GB",
      fleet.services > 0 &&
        fleet.failed === 0 &&
        fleet.wallMs <= 300_000 &&
        fleet.peakRssMb <= 2048,
    );
  else
    row(
      "all botocore services generated",
      "not measured",
      fleet ? `skipped (${fleet.skipped})` : "not run (--no-fleet)",
      "≤ 5 min, ≤ 2 GB",
      undefined,
    );
  if (shorthand) {
    const x = shorthand.ours / shorthand.native;
    row(
      "shorthand parse + coercion vs JSON.parse",
      "0.6×",
      `${ratio(x)} (alternating median ${ratio(shorthand.ratio)})`,
      "≥ 1×",
      x >= 1 && shorthand.ratio >= 1,
    );
    if (shorthand.cli !== undefined)
      rows.push([
        "shorthand vs the AWS CLI's own parser (peer)",
        "",
        ratio(shorthand.ours / shorthand.cli),
        "",
        "",
      ]);
  }
  if (validators) {
    const ajv = validators.ours / validators.ajv;
    // Both figures: the two runs one after the other, and the median of alternating rounds
    // (steadier on a shared machine); the goal is met only when both say so.
    row(
      "validators (all errors) vs ajv",
      "3.3–4.4×",
      `${ratio(ajv)} (alternating median ${ratio(validators.ajvMedian)})`,
      "≥ 6×",
      ajv >= 6 && validators.ajvMedian >= 6,
    );
    const typia = validators.typia === undefined ? undefined : validators.ours / validators.typia;
    const typiaMedian = validators.typiaMedian;
    row(
      "validators vs typia 12 validate",
      "2.7×",
      `${ratio(typia)}${typiaMedian === undefined ? "" : ` (alternating median ${ratio(typiaMedian)})`}`,
      "≥ 2.5×",
      typia === undefined
        ? undefined
        : typia >= 2.5 && (typiaMedian === undefined || typiaMedian >= 2.5),
    );
    const is =
      validators.typiaIs === undefined ? undefined : validators.oursIs / validators.typiaIs;
    // As for ajv: both figures, met only when both say so.
    const isMedian = validators.isMedian;
    row(
      "type guard `is…` vs typia `is`, one input repeated",
      "0.2×",
      `${ratio(is)}${isMedian === undefined ? "" : ` (alternating median ${ratio(isMedian)})`}`,
      "≥ 1×",
      is === undefined ? undefined : is >= 1 && (isMedian === undefined || isMedian >= 1),
    );
  }
  console.log("\nissue 14, lean at scale (then: the issue's figures; now: this run)");
  console.log("| what | then | now | goal | met |");
  console.log("|---|---|---|---|---|");
  for (const r of rows) console.log(`| ${r.join(" | ")} |`);
}
