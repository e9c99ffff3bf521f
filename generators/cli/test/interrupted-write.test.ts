// A generation killed with SIGKILL at any point of its write leaves a folder the next run
// recognizes: `--check` fails and says it is torn (when it is), the next `generate` repairs it to
// exactly what an uninterrupted run writes, and no scratch is left behind. The built bin kills
// itself before its k-th file system write (SHAPEKIT_TEST_KILL_AT_WRITE, inert when unset), so
// every kill point is exact and repeatable.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { generate, readConfig, type OutputChange } from "@shapekit/codegen";
import { runShapekit } from "./run-shapekit.js";
import type { OutputPlan } from "../src/output-plan.js";
import { writeSteps } from "../src/output-tree.js";
import { temporaryFolders } from "./temp-folders.js";

const bin = fileURLToPath(new URL("../bin/shapekit.js", import.meta.url));
const built = fileURLToPath(new URL("../dist/main.js", import.meta.url));
const fixture = fileURLToPath(new URL("./fixtures/weather", import.meta.url));
/** Folders the tests share (a generated project, the kill points' copies), removed at the end. */
const scratchDir = temporaryFolders("killed", "all");

const CONFIG = {
  service: "example.weather#Weather",
  operations: ["GetForecast"],
  npmScope: "@example",
  version: "1.0.0",
  packages: { types: "../out/weather-types", validators: "../out/weather-validators" },
};

/** The next model: a member added (updates), the day list removed (deletes), a summary added (creates). */
function nextModel(text: string): string {
  return text
    .replace("input := {", "input := {\n        /// Metric or imperial.\n        Units: String\n")
    .replace(/output := \{[^}]*\}/, "output := {\n        Summary: Summary\n    }")
    .replace(/\nlist DayList[\s\S]*$/, "\nstructure Summary {\n    Text: String\n}\n");
}

function cli(args: string[], cwd: string) {
  return runShapekit(args, { cwd });
}

/** Every file below a folder, relative path → text. */
function snapshot(dir: string, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(dir)) return out;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) for (const [k, v] of snapshot(full, `${prefix}${e.name}/`)) out.set(k, v);
    else out.set(`${prefix}${e.name}`, readFileSync(full, "utf8"));
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : 1)));
}

describe("SIGKILL while writing (built bin)", () => {
  let v1: string; // a project generated from the first model, with the next model in spec/
  let expected: Map<string, string>; // what an uninterrupted generation of the next model writes
  let before: Map<string, string>;
  let steps: ReturnType<typeof writeSteps>;
  let plannedChanges: readonly OutputChange[];

  beforeAll(async () => {
    // `npm test` builds first; running this file alone needs `npx tsc -b generators/cli`.
    if (!existsSync(built))
      throw new Error(
        `${built} is missing: build with \`npx tsc -b generators/cli\` (npm test does)`,
      );
    v1 = scratchDir();
    cpSync(fixture, path.join(v1, "spec"), { recursive: true });
    writeFileSync(path.join(v1, "spec", "shapekit.json"), JSON.stringify(CONFIG));
    expect((await cli(["generate"], v1)).code).toBe(0);
    before = snapshot(path.join(v1, "out"));
    const model = path.join(v1, "spec", "weather.smithy");
    writeFileSync(model, nextModel(readFileSync(model, "utf8")));

    const reference = scratchDir();
    cpSync(v1, reference, { recursive: true });
    const planned = await generate({
      config: readConfig(path.join(reference, "spec", "shapekit.json")),
      check: true,
    });
    if (!planned.ok) throw new Error(planned.report);
    const kinds = new Set(planned.changes.map((c) => c.kind));
    expect([...kinds].sort()).toEqual(["create", "delete", "unchanged", "update"]);
    const plan: OutputPlan = {
      changes: planned.changes,
      packages: planned.packages.map((p) => ({
        outDir: p.outDir,
        torn: false,
        journal: "",
        files: [],
        kept: [],
        leftovers: [],
      })),
      problems: [],
    };
    steps = writeSteps(plan);
    plannedChanges = planned.changes;
    expect(steps.torn).toHaveLength(2);
    expect((await cli(["generate"], reference)).code).toBe(0);
    expected = snapshot(path.join(reference, "out"));
  });

  // Kill points ("before write k"): the first staged file; the last (a journal); each
  // package's journal move; the write after it; the move of each package's model snapshot, when
  // its version and changelog are already new (the release must not be computed twice); the
  // first package's final manifest; the second's.
  const points = () => {
    const [first, second] = steps.torn as [(typeof steps.torn)[0], (typeof steps.torn)[0]];
    return [
      1,
      steps.staged,
      first.from,
      first.from + 1,
      snapshotMove(first),
      first.to,
      snapshotMove(second),
      second.to,
    ];
  };
  /** The write that moves a package's shapekit-model.json into place (files move in path order). */
  const snapshotMove = (window: { outDir: string; from: number }) => {
    const moves = plannedChanges
      .filter(
        (c) =>
          (c.kind === "create" || c.kind === "update") &&
          c.absolutePath.startsWith(window.outDir + path.sep),
      )
      .map((c) => path.relative(window.outDir, c.absolutePath))
      .filter((rel) => rel !== ".shapekit-manifest.json");
    const index = moves.indexOf("shapekit-model.json");
    expect(moves.slice(0, index)).toEqual(expect.arrayContaining(["CHANGELOG.md", "package.json"]));
    return window.from + 1 + index;
  };

  for (let index = 0; index < 8; index++) {
    it(`kill point ${index + 1} of 8: --check sees it, the next run repairs it`, async () => {
      const k = points()[index]!;
      const dir = scratchDir();
      cpSync(v1, dir, { recursive: true });
      const killed = spawnSync(process.execPath, [bin, "generate"], {
        cwd: dir,
        encoding: "utf8",
        env: { ...process.env, SHAPEKIT_TEST_KILL_AT_WRITE: String(k) },
      });
      expect(killed.signal).toBe("SIGKILL");
      // Before a journal replaces its manifest nothing of that package is visible; from then
      // on until its final manifest lands, the package folder is torn.
      const torn = steps.torn.some((w) => k > w.from && k <= w.to);
      const untouched = k <= steps.torn[0]!.from;
      const left = snapshotWithoutScratch(path.join(dir, "out"));
      if (untouched) expect(left).toEqual(before);
      else expect(left).not.toEqual(before);

      const check = await cli(["generate", "--check"], dir);
      expect(check.code).toBe(1);
      expect(check.stderr.includes("is torn")).toBe(torn);

      const repair = await cli(["generate"], dir);
      expect(repair.code).toBe(0);
      expect(/interrupted while writing this folder.*\(repaired\)/.test(repair.stderr)).toBe(torn);
      expect(snapshot(path.join(dir, "out"))).toEqual(expected);
      expect((await cli(["generate", "--check"], dir)).code).toBe(0);
    });
  }

  it("unset, the hook does nothing: the bin completes the same generation", () => {
    const dir = scratchDir();
    cpSync(v1, dir, { recursive: true });
    const r = spawnSync(process.execPath, [bin, "generate"], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, SHAPEKIT_TEST_KILL_AT_WRITE: "" },
    });
    expect(r.status).toBe(0);
    expect(snapshot(path.join(dir, "out"))).toEqual(expected);
  });
});

/** The tree without the scratch folders a killed run leaves (the next run removes them). */
function snapshotWithoutScratch(dir: string): Map<string, string> {
  return new Map([...snapshot(dir)].filter(([rel]) => !/(^|\/)\.shapekit-tmp-\d+\//.test(rel)));
}
