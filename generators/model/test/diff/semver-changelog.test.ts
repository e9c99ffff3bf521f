import { describe, expect, it } from "vitest";
import {
  InvalidVersionError,
  nextVersion,
  renderChangelogEntry,
  renderChangesText,
  type ModelChange,
} from "../../src/diff/index.js";

const c = (
  severity: ModelChange["severity"],
  kind: string,
  shape = "ns#A",
  message = "m",
): ModelChange => ({ severity, shape, kind, message });
const breaking = c(
  "breaking",
  "RemovedMember",
  "ns#A$b",
  "Removed member b (target smithy.api#String)",
);
const dangerous = c("dangerous", "ChangedMemberOrder");
const added = c("safe", "AddedShape", "ns#B", "Added structure ns#B");
const docs = c("safe", "ChangedDocumentation", "ns#A", "Changed @documentation");

describe("nextVersion", () => {
  it("follows semver from the diff: major, minor for additions and dangerous changes, patch for the rest, same when nothing changed", () => {
    expect(nextVersion("1.4.2", [])).toBe("1.4.2");
    expect(nextVersion("1.4.2", [docs, added, breaking])).toBe("2.0.0");
    expect(nextVersion("1.4.2", [docs, dangerous])).toBe("1.5.0");
    expect(nextVersion("1.4.2", [docs, added])).toBe("1.5.0");
    expect(nextVersion("1.4.2", [c("safe", "AddedEnumValue"), docs])).toBe("1.5.0");
    expect(nextVersion("1.4.2", [docs])).toBe("1.4.3");
  });

  it("0.x: breaking moves the minor, everything else the patch", () => {
    expect(nextVersion("0.3.1", [breaking])).toBe("0.4.0");
    expect(nextVersion("0.3.1", [added])).toBe("0.3.2");
    expect(nextVersion("0.3.1", [docs])).toBe("0.3.2");
    expect(nextVersion("0.0.1", [breaking])).toBe("0.1.0");
  });

  it("finishes a prerelease instead of skipping it, drops build metadata", () => {
    expect(nextVersion("2.0.0-rc.1", [breaking])).toBe("2.0.0");
    expect(nextVersion("1.5.0-beta", [added])).toBe("1.5.0");
    expect(nextVersion("1.5.1-beta", [added])).toBe("1.6.0");
    expect(nextVersion("1.5.1-beta+abc", [docs])).toBe("1.5.1");
    expect(nextVersion("1.5.1+abc", [docs])).toBe("1.5.2");
  });

  it("rejects what is not a version with InvalidVersionError", () => {
    for (const bad of ["1.2", "v1.2.3", "01.2.3", "", "1.2.3.4"])
      expect(() => nextVersion(bad, [docs])).toThrow(InvalidVersionError);
  });
});

describe("renderChangelogEntry", () => {
  it("groups by severity, no date unless given, escapes Markdown in messages", () => {
    const pattern = c("breaking", "ChangedPatternTrait", "ns#S", 'Added @pattern "^a*_|b$"');
    expect(renderChangelogEntry("2.0.0", [breaking, pattern, dangerous, added, docs])).toBe(
      [
        "## 2.0.0",
        "",
        "This release contains breaking changes to the model.",
        "",
        "### Breaking changes",
        "",
        "- `ns#A$b`: Removed member b (target smithy.api#String)",
        '- `ns#S`: Added @pattern "^a\\*\\_\\|b$"',
        "",
        "### Changes to review",
        "",
        "- `ns#A`: m",
        "",
        "### Additions",
        "",
        "- `ns#B`: Added structure ns#B",
        "",
        "### Other changes",
        "",
        "- `ns#A`: Changed @documentation",
        "",
      ].join("\n"),
    );
    expect(renderChangelogEntry("1.0.1", [docs], { date: "2025-01-31" }).split("\n")[0]).toBe(
      "## 1.0.1 (2025-01-31)",
    );
    expect(renderChangelogEntry("1.0.1", [])).toBe("");
  });
});

describe("renderChangesText", () => {
  it("prints a summary and one line per change, most serious first", () => {
    expect(renderChangesText([breaking, docs])).toBe(
      "2 changes: 1 breaking, 0 dangerous, 1 safe\n\nBREAKING (1)\n  ns#A$b: Removed member b (target smithy.api#String) [RemovedMember]\n\nSAFE (1)\n  ns#A: Changed @documentation [ChangedDocumentation]\n",
    );
    expect(renderChangesText([])).toBe("No changes.\n");
  });
});
