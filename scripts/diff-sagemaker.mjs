// One-off check of `diffModels` at scale: the public SageMaker model (2,870 shapes) diffed
// against itself (no change expected) and against a copy with planted changes (exactly those
// expected), with timings. Reads ../shared/models (outside the repository); skips cleanly when
// it is absent. Usage: node scripts/diff-sagemaker.mjs
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { bin, run } from "./run.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const modelFile =
  process.env.SHAPEKIT_SAGEMAKER_MODEL ?? `${root}../shared/models/sagemaker-2017-07-24.json`;
if (!existsSync(modelFile)) {
  console.log(`diff-sagemaker: skipped (${modelFile} not found; set SHAPEKIT_SAGEMAKER_MODEL)`);
  process.exit(0);
}
const built = await run(bin("tsc"), ["-b", "generators/model"], { cwd: root });
if (built !== 0) process.exit(built);
const { diffModels, loadModel, renderChangesText, nextVersion, renderChangelogEntry } =
  await import(`${root}generators/model/dist/index.js`);

const ns = "com.amazonaws.sagemaker#";
const ast = JSON.parse(readFileSync(modelFile, "utf8"));
const s = ast.shapes;
// The planted changes, and what each must be reported as.
const input = s[`${ns}CreateEndpointConfigInput`];
delete input.members.KmsKeyId;
input.members.Planted = { target: "smithy.api#String" };
input.members.DataCaptureConfig.traits = {
  "smithy.api#required": {},
  "smithy.api#clientOptional": {},
};
s[`${ns}DeleteEndpointConfigInput`].members.PlantedRequired = {
  target: "smithy.api#String",
  traits: { "smithy.api#required": {} },
};
s[`${ns}EndpointConfigName`].traits["smithy.api#length"] = { min: 0, max: 32 };
delete s[`${ns}ActionStatus`].members.STOPPED;
s[`${ns}ActionStatus`].members.PLANTED = {
  target: "smithy.api#Unit",
  traits: { "smithy.api#enumValue": "Planted" },
};
s[`${ns}CreateEndpointConfig`].traits["smithy.api#documentation"] = "<p>Planted documentation.</p>";
(s[`${ns}CreateEndpointConfig`].errors ??= []).push({ target: `${ns}ResourceNotFound` });
const service = Object.values(s).find((shape) => shape.type === "service");
service.operations = service.operations.filter((op) => op.target !== `${ns}DeleteAction`);
delete s[`${ns}DeleteAction`];
const expected = [
  `breaking ${ns}ActionStatus$STOPPED RemovedEnumValue`,
  `safe ${ns}ActionStatus$PLANTED AddedEnumValue`,
  `dangerous ${ns}CreateEndpointConfig AddedOperationError`,
  `safe ${ns}CreateEndpointConfig ChangedDocumentation`,
  `dangerous ${ns}CreateEndpointConfigInput$DataCaptureConfig ChangedNullability`,
  `breaking ${ns}CreateEndpointConfigInput$KmsKeyId RemovedMember`,
  `safe ${ns}CreateEndpointConfigInput$Planted AddedMember`,
  `breaking ${ns}DeleteAction RemovedShape`,
  `breaking ${ns}DeleteEndpointConfigInput$PlantedRequired AddedRequiredMember`,
  `breaking ${ns}EndpointConfigName ChangedLengthTrait`,
  `breaking ${ns}SageMaker RemovedOperationBinding`,
];

const dir = mkdtempSync(path.join(os.tmpdir(), "shapekit-diff-sagemaker-"));
try {
  const plantedFile = path.join(dir, "sagemaker-planted.json");
  writeFileSync(plantedFile, JSON.stringify(ast));
  const time = (f) => {
    const start = performance.now();
    const value = f();
    return [value, performance.now() - start];
  };
  const [oldLoad, oldMs] = time(() => loadModel([modelFile]));
  const [newLoad, newMs] = time(() => loadModel([plantedFile]));
  if (!oldLoad.model || !newLoad.model) throw new Error("a SageMaker model did not load");
  const [self, selfMs] = time(() => diffModels(oldLoad.model, oldLoad.model));
  const second = loadModel([modelFile]).model;
  const [reloaded, reloadedMs] = time(() => diffModels(oldLoad.model, second));
  const [planted, plantedMs] = time(() => diffModels(oldLoad.model, newLoad.model));
  // Warm figure: the median of a few more runs of the planted diff.
  const runs = Array.from(
    { length: 9 },
    () => time(() => diffModels(oldLoad.model, newLoad.model))[1],
  ).sort((a, b) => a - b);

  console.log(renderChangesText(planted));
  console.log(renderChangelogEntry(nextVersion("1.4.0", planted), planted));
  const found = planted.map((c) => `${c.severity} ${c.shape} ${c.kind}`).sort();
  const ok =
    self.length === 0 &&
    reloaded.length === 0 &&
    JSON.stringify(found) === JSON.stringify([...expected].sort());
  console.log(
    `shapes: ${oldLoad.model.ownShapes().length} old, ${newLoad.model.ownShapes().length} new`,
  );
  console.log(`load + resolve: old ${oldMs.toFixed(0)} ms, planted ${newMs.toFixed(0)} ms`);
  console.log(
    `diff against itself: ${self.length} changes in ${selfMs.toFixed(1)} ms; against a second load: ${reloaded.length} changes in ${reloadedMs.toFixed(1)} ms`,
  );
  console.log(
    `diff against the planted copy: ${planted.length} changes (expected ${expected.length}) in ${plantedMs.toFixed(1)} ms cold, ${runs[4].toFixed(1)} ms median warm`,
  );
  console.log(`next version from 1.4.0: ${nextVersion("1.4.0", planted)}`);
  console.log(
    ok
      ? "diff-sagemaker: OK"
      : `diff-sagemaker: MISMATCH\n  expected ${JSON.stringify(expected.sort(), null, 2)}\n  found ${JSON.stringify(found, null, 2)}`,
  );
  process.exitCode = ok ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
