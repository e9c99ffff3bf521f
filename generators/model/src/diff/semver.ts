// The version a package should get after a model change, following semver from the diff:
//
// | changes                                                          | 1.x and later | 0.x     |
// |------------------------------------------------------------------|---------------|---------|
// | none                                                             | unchanged     | unchanged |
// | any breaking                                                     | major         | minor   |
// | any dangerous, or a safe addition (shape, member, enum value,    | minor         | patch   |
// |   binding, lifecycle operation) or a new deprecation             |               |         |
// | safe only, nothing added (documentation, loosened constraints …) | patch         | patch   |
//
// 0.x follows the convention npm's caret ranges and Cargo encode (semver itself promises nothing
// below 1.0.0): `^0.3.1` accepts 0.3.x, so a breaking change must move the minor and everything
// else the patch. A prerelease is finished rather than skipped, as `npm version` does:
// 2.0.0-rc.1 with a breaking change becomes 2.0.0; build metadata is dropped.

import type { ModelChange } from "./model-change.js";

/** Thrown by `nextVersion` for a version that is not `MAJOR.MINOR.PATCH[-pre][+build]`. */
export class InvalidVersionError extends Error {
  override name = "InvalidVersionError";
}

export type ReleaseLevel = "major" | "minor" | "patch";

const VERSION =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

/** Safe changes that add to the API surface: a feature release, not a fix. */
const ADDITIONS: ReadonlySet<string> = new Set([
  "AddedShape",
  "AddedMember",
  "AddedEnumValue",
  "AddedOperationBinding",
  "AddedResourceBinding",
  "ChangedResourceLifecycle",
  "AddedDeprecation",
]);

/** Whether a change adds to the API (a feature release even when safe). */
export function isAddition(change: ModelChange): boolean {
  return change.severity !== "breaking" && ADDITIONS.has(change.kind);
}

/** The semver level `changes` call for (ignoring 0.x), or `undefined` when there are none. */
export function releaseLevel(changes: readonly ModelChange[]): ReleaseLevel | undefined {
  if (changes.length === 0) return undefined;
  if (changes.some((c) => c.severity === "breaking")) return "major";
  if (changes.some((c) => c.severity === "dangerous" || isAddition(c))) return "minor";
  return "patch";
}

/**
 * The version after `changes`: `current` itself when there are none, else bumped by the level
 * the table above gives. Throws `InvalidVersionError` when `current` is not a semver version.
 */
export function nextVersion(current: string, changes: readonly ModelChange[]): string {
  const match = VERSION.exec(current);
  if (!match)
    throw new InvalidVersionError(
      `Not a semver version: ${JSON.stringify(current)} (expected MAJOR.MINOR.PATCH)`,
    );
  const level = releaseLevel(changes);
  if (level === undefined) return current;
  let [major, minor, patch] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const pre = match[4] !== undefined;
  const effective: ReleaseLevel = major > 0 ? level : level === "major" ? "minor" : "patch";
  if (effective === "major") {
    if (!(pre && minor === 0 && patch === 0)) [major, minor, patch] = [major + 1, 0, 0];
  } else if (effective === "minor") {
    if (!(pre && patch === 0)) [minor, patch] = [minor + 1, 0];
  } else if (!pre) {
    patch += 1;
  }
  return `${major}.${minor}.${patch}`;
}
