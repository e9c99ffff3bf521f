// Smithy IDL / JSON AST 1.0 → 2.0: the features a 1.0 file may not use, and the upgrade of its
// shapes to 2.0 semantics (the rules of the spec's 1.0 → 2.0 migration guide, applied
// automatically as the reference loader does). The IDL parser rejects 2.0-only syntax in 1.0
// files as it reads them and upgrades 1.0 `set`s itself; `checkVersion1Features` is the same
// check for JSON AST files. The upgrade needs resolved targets, so the resolver runs it for every
// shape of a 1.0 file, whichever loader produced it (`LoadedFile.version` says which files).
//
// Upgrade rules:
// - a root boolean/byte/short/integer/long/float/double shape of a 1.0 file had an implicit zero
//   default unless `@box`ed: it gets `@default(false | 0)`; `@box` on a root shape is dropped
//   (2.0 root shapes have no default unless given one);
// - a structure member of a 1.0 file that targets such a zero-default shape (its own, the
//   prelude's `PrimitiveInteger`, …) repeats the default, as 2.0 requires; a `@box`ed member
//   instead gets `@default(null)`, which 2.0 uses to say "no default, optional";
// - a structure member of a 1.0 file that targets a `@streaming` blob, and is neither required
//   nor given a default, gets `@default("")` (an absent stream is an empty one; 2.0 requires a
//   streaming member to be required or defaulted).

import type { AstShape, NodeValue } from "./ast.js";
import { error, type Diagnostic } from "./diagnostic.js";
import type { LoadedFile } from "./loaded-file.js";
import { getOwn, setOwn } from "./record.js";
import { fileStart, pointer } from "./source-location.js";

const DEFAULT = "smithy.api#default";
const BOX = "smithy.api#box";
const MIXIN = "smithy.api#mixin";
const REQUIRED = "smithy.api#required";
const STREAMING = "smithy.api#streaming";

/** Zero values of the shape types that had implicit defaults in 1.0. */
const ZERO_VALUES: ReadonlyMap<string, NodeValue> = new Map<string, NodeValue>([
  ["boolean", false],
  ["byte", 0],
  ["short", 0],
  ["integer", 0],
  ["long", 0],
  ["float", 0],
  ["double", 0],
]);

/** True for the 1.x versions (`1`, `1.0`); a file without `$version` is 1.0. */
export function isVersion1(version: string): boolean {
  return version === "1" || version.startsWith("1.");
}

/**
 * Diagnostics for 2.0-only features used in a 1.0 file: enum and intEnum shapes, mixins (the
 * `@mixin` trait or a `mixins` list) and resource properties. Returns nothing for 2.0 files.
 */
export function checkVersion1Features(file: LoadedFile): Diagnostic[] {
  if (!isVersion1(file.version)) return [];
  const out: Diagnostic[] = [];
  const at = (id: string) => file.sources.get(pointer.shape(id)) ?? fileStart(file.file);
  const v = `version \`${file.version}\``;
  for (const [id, shape] of Object.entries(file.ast.shapes)) {
    if (shape.type === "enum" || shape.type === "intEnum") {
      out.push(
        error(
          "version",
          `${shape.type} shapes cannot be used in Smithy version 1.0 (${id} in a file using ${v})`,
          at(id),
        ),
      );
    }
    if (shape.mixins !== undefined && shape.mixins.length > 0) {
      out.push(
        error(
          "version",
          `Mixins can only be used with Smithy version 2 or later; ${id} uses mixins in a file using ${v}`,
          at(id),
        ),
      );
    }
    if (shape.traits && Object.hasOwn(shape.traits, MIXIN)) {
      const location = file.sources.get(pointer.trait(id, MIXIN)) ?? at(id);
      out.push(
        error(
          "version",
          `Mixins can only be used in Smithy 2.0 or later; @mixin is applied to ${id} in a file using ${v}`,
          location,
        ),
      );
    }
    if (shape.type === "resource" && shape.properties !== undefined) {
      out.push(
        error(
          "version",
          `Resource properties can only be used with Smithy version 2 or later (${id} in a file using ${v})`,
          at(id),
        ),
      );
    }
  }
  return out;
}

/** What the upgrade needs to know about the merged model. */
export interface UpgradeView {
  /** The merged shape, or undefined for an unknown id. */
  shape(id: string): AstShape | undefined;
}

/**
 * The shapes and members of 1.0 files (`ids`) that carry a `@default` trait, which 1.0 does not
 * have (its defaults are implicit; the upgrade below writes them). Run before the upgrade.
 */
export function version1Defaults(ids: Iterable<string>, view: UpgradeView): string[] {
  const found: string[] = [];
  for (const id of ids) {
    const shape = view.shape(id);
    if (!shape) continue;
    if (shape.traits && Object.hasOwn(shape.traits, DEFAULT)) found.push(id);
    for (const [name, member] of Object.entries(shape.members ?? {}))
      if (member.traits && Object.hasOwn(member.traits, DEFAULT)) found.push(`${id}$${name}`);
  }
  return found;
}

/**
 * Upgrades, in place, the shapes defined by 1.0 files (`ids`) to 2.0 semantics. Root shapes are
 * upgraded first, so members see the defaults their targets gained.
 */
export function upgradeVersion1Shapes(ids: Iterable<string>, view: UpgradeView): void {
  const shapes: AstShape[] = [];
  for (const id of ids) {
    const shape = view.shape(id);
    if (shape) shapes.push(shape);
  }
  for (const shape of shapes) {
    const zero = ZERO_VALUES.get(shape.type);
    if (zero === undefined) continue;
    const traits = (shape.traits ??= {});
    if (Object.hasOwn(traits, BOX)) delete traits[BOX];
    else if (!Object.hasOwn(traits, DEFAULT)) setOwn(traits, DEFAULT, zero);
    if (Object.keys(traits).length === 0) delete shape.traits;
  }
  for (const shape of shapes) {
    if (shape.type !== "structure") continue;
    for (const member of Object.values(shape.members ?? {})) {
      const target = view.shape(member.target);
      const targetDefault =
        target && ZERO_VALUES.has(target.type) ? getOwn(target.traits, DEFAULT) : undefined;
      const traits = member.traits ?? {};
      if (Object.hasOwn(traits, BOX)) {
        delete traits[BOX];
        if (targetDefault !== undefined && !Object.hasOwn(traits, DEFAULT))
          setOwn(traits, DEFAULT, null);
      } else if (targetDefault !== undefined && !Object.hasOwn(traits, DEFAULT)) {
        setOwn(traits, DEFAULT, targetDefault);
      } else if (
        isStreamingBlob(target) &&
        !Object.hasOwn(traits, DEFAULT) &&
        !Object.hasOwn(traits, REQUIRED)
      ) {
        setOwn(traits, DEFAULT, "");
      }
      if (Object.keys(traits).length > 0) member.traits = traits;
      else delete member.traits;
    }
  }
}

/** A `@streaming` blob: 2.0 wants its members required or defaulted, and 1.0 implied `""`. */
function isStreamingBlob(shape: AstShape | undefined): boolean {
  return (
    shape?.type === "blob" && shape.traits !== undefined && Object.hasOwn(shape.traits, STREAMING)
  );
}
