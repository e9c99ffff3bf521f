// The model diff's public API: classify the differences between two models, render them, and
// derive the next package version and changelog entry from them.

export { diffModels } from "./diff-models.js";
export {
  compareChanges,
  worstSeverity,
  SEVERITIES,
  type ChangeSeverity,
  type ModelChange,
} from "./model-change.js";
export { renderChangesText } from "./render-text.js";
export {
  nextVersion,
  releaseLevel,
  isAddition,
  InvalidVersionError,
  type ReleaseLevel,
} from "./semver.js";
export { renderChangelogEntry, type ChangelogOptions } from "./changelog.js";
