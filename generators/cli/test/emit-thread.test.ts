// The emit thread (emit-worker.ts): the validators of a large model are emitted beside the
// main thread. What it emits must be what the main thread would, and any failure of it must
// leave the main thread to emit as before.
import { spawnSync } from "node:child_process";
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadModel } from "@shapekit/model";
import { afterEach, describe, expect, it } from "vitest";
import { configForModel } from "../src/config.js";
import { EmitThread, modelTextBytes } from "../src/emit-worker.js";
import { loadEmitter } from "../src/emitter-registry.js";
import { planGeneration } from "../src/generation-plan.js";

const SPEC = fileURLToPath(new URL("../../../spec", import.meta.url));
const specFiles = () =>
  readdirSync(SPEC)
    .filter((f) => f.endsWith(".smithy"))
    .map((f) => path.join(SPEC, f));

const temps: string[] = [];
const threads: EmitThread[] = [];
afterEach(async () => {
  await Promise.all(threads.splice(0).map((t) => t.close()));
  temps.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
});

function config(modelFiles: string[]) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "shapekit-emit-thread-"));
  temps.push(dir);
  return configForModel({ modelFiles, outDir: path.join(dir, "out"), projectDir: dir });
}

function started(...args: Parameters<typeof EmitThread.start>): EmitThread {
  const thread = EmitThread.start(...args);
  if (!thread) throw new Error("the emit thread did not start");
  threads.push(thread);
  return thread;
}

describe("EmitThread", () => {
  it("emits, on its thread, exactly the files the main thread's emitter does", async () => {
    const cfg = config(specFiles());
    const reply = await started(cfg, "validators", { minModelBytes: 0 }).emit("3.1.4");
    const { model } = loadModel([...cfg.modelFiles]);
    const plan = planGeneration(model!, cfg).find((p) => p.kind === "validators")!;
    const here = (await loadEmitter("validators"))({ ...plan.context, packageVersion: "3.1.4" });
    expect(reply).toBeDefined();
    expect(reply!.files.length).toBeGreaterThan(10);
    expect(reply?.files.map((f) => f.path)).toEqual(here.map((f) => f.path));
    expect(reply?.files).toEqual(JSON.parse(JSON.stringify(here)));
  });

  it("answers undefined when its model does not load, so the main thread emits", async () => {
    const cfg = config(specFiles());
    const broken = path.join(
      path.dirname(cfg.projectDir),
      `${path.basename(cfg.projectDir)}.smithy`,
    );
    writeFileSync(broken, '$version: "2"\nnamespace broken\nstructure {');
    temps.push(broken);
    const reply = await started({ ...cfg, modelFiles: [broken] }, "validators", {
      minModelBytes: 0,
    }).emit("1.0.0");
    expect(reply).toBeUndefined();
  });

  it("does not start for a small model, a package not generated, or SHAPEKIT_EMIT_THREAD=0", () => {
    const cfg = config(specFiles());
    expect(modelTextBytes(cfg.modelFiles)).toBeGreaterThan(0);
    expect(EmitThread.start(cfg, "validators")).toBeUndefined();
    const withoutValidators = {
      ...cfg,
      packages: new Map([...cfg.packages].filter(([k]) => k !== "validators")),
    };
    expect(EmitThread.start(withoutValidators, "validators", { minModelBytes: 0 })).toBeUndefined();
    process.env.SHAPEKIT_EMIT_THREAD = "0";
    try {
      expect(EmitThread.start(cfg, "validators", { minModelBytes: 0 })).toBeUndefined();
    } finally {
      delete process.env.SHAPEKIT_EMIT_THREAD;
    }
  });

  it("counts a compressed model at ten times its size", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "shapekit-emit-thread-"));
    temps.push(dir);
    writeFileSync(path.join(dir, "a.json"), "x".repeat(100));
    writeFileSync(path.join(dir, "b.json.gz"), "x".repeat(100));
    expect(modelTextBytes([path.join(dir, "a.json"), path.join(dir, "b.json.gz")])).toBe(1100);
  });
});

describe("shapekit generate with the emit thread", () => {
  it("writes byte for byte what it writes without it", () => {
    const out = mkdtempSync(path.join(os.tmpdir(), "shapekit-emit-thread-"));
    temps.push(out);
    const bin = fileURLToPath(new URL("../bin/shapekit.js", import.meta.url));
    const generate = (thread: "0" | "1") => {
      // The same relative output folder from two working folders: the banners name it.
      const cwd = path.join(out, `thread-${thread}`);
      const dir = path.join(cwd, "packages");
      mkdirSync(cwd);
      writeFileSync(path.join(cwd, "package.json"), "{}\n");
      const run = spawnSync(
        process.execPath,
        [bin, "generate", "--model", SPEC, "--out", "packages"],
        {
          cwd,
          encoding: "utf8",
          env: { ...process.env, SHAPEKIT_EMIT_THREAD: thread, SHAPEKIT_TIMING: "1" },
        },
      );
      expect(run.status, run.stderr).toBe(0);
      return { dir, stderr: run.stderr };
    };
    const without = generate("0");
    const withThread = generate("1");
    expect(without.stderr).not.toContain("emit validators (thread)");
    expect(withThread.stderr).toContain("emit validators (thread)");
    const files = (dir: string) =>
      (readdirSync(dir, { recursive: true }) as string[])
        .filter((f) => statSync(path.join(dir, f)).isFile())
        .sort();
    expect(files(withThread.dir)).toEqual(files(without.dir));
    for (const file of files(without.dir)) {
      const read = (dir: string) => readFileSync(path.join(dir, file), "utf8");
      expect(read(withThread.dir), file).toBe(read(without.dir));
    }
  });
});
