// @shapekit/codegen: the programmatic face of the `shapekit` command.

export { runCli, type RunCliOptions } from "./main.js";
export {
  generate,
  type GenerateOptions,
  type GenerateResult,
  type PackageSummary,
} from "./generate.js";
export {
  readConfig,
  resolveConfigPath,
  validateConfig,
  configForModel,
  ConfigError,
  PACKAGE_KINDS,
  type GenerationConfig,
  type PackageKind,
} from "./config.js";
export { planGeneration, PlanError, type PackagePlan } from "./generation-plan.js";
export { unifiedDiff } from "./unified-diff.js";
export {
  OutputError,
  type OutputChange,
  type ChangeKind,
  type OutputProblem,
  type OutputProblemKind,
} from "./output-plan.js";
export { WriteError } from "./output-tree.js";
export { MANIFEST_FILE } from "./manifest.js";
export type { CommandIo } from "./commands/io.js";
