// The resolver: loaded files in, one immutable `Model` out. It runs a fixed sequence of steps
// (each in its own module under `resolve/`) over a shared working state, collecting every
// diagnostic instead of stopping at the first:
//   1. settle pending relative references (namespace of ANY file first, then the prelude), and
//      the values of traits written without one (`@tags` is `[]`, `@default` null);
//   2. merge files (identical redefinitions allowed, conflicts named with both places; metadata);
//   3. upgrade 1.0 shapes to 2.0 semantics (defaults of primitive shapes, `@box`);
//   4. flatten mixins, run `apply`, settle elided members;
//   5. normalize (`set` → list + `@uniqueItems`, implicit enum values);
//   6. validate references, members, names that differ only in case, what mixin operations and
//      resources hold, the metadata tools read (`validators`, `suppressions`), traits and
//      defaults, and `@pattern` regular expressions;
//   7. drop mixin shapes and build the model.

import type { AstModel, AstShape } from "./ast.js";
import { hasErrors, sortDiagnostics, type Diagnostic } from "./diagnostic.js";
import type { LoadedFile } from "./loaded-file.js";
import { Model } from "./model.js";
import { preludeFile } from "./prelude.js";
import { recordFromEntries } from "./record.js";
import { pointer } from "./source-location.js";
import { ResolveContext } from "./resolve/context.js";
import { mergeFiles } from "./resolve/merge.js";
import { flattenMixins, isMixin } from "./resolve/mixins.js";
import { normalizeShapes } from "./resolve/normalize.js";
import { settleOmittedTraitValues } from "./resolve/omitted-trait-values.js";
import { definedShapeIds, resolvePendingReferences } from "./resolve/references.js";
import { validateCaseConflicts } from "./resolve/validate-case-conflicts.js";
import { validateMembers } from "./resolve/validate-members.js";
import { validateMetadata } from "./resolve/validate-metadata.js";
import { validateMixinShapes } from "./resolve/validate-mixin-shapes.js";
import { validateNesting } from "./resolve/validate-nesting.js";
import { validateReferences } from "./resolve/validate-references.js";
import { validatePatterns } from "./resolve/validate-patterns.js";
import { validateTraits } from "./resolve/validate-traits.js";
import { isVersion1, upgradeVersion1Shapes, version1Defaults } from "./upgrade-1-0.js";

/** What `resolveModel` returns: the model when there was no error, and every diagnostic, sorted. */
export interface ResolveResult {
  readonly model?: Model;
  readonly diagnostics: Diagnostic[];
}

/**
 * Merges loaded files with the prelude, resolves every reference, flattens mixins, applies
 * `apply` statements and validates the result. Never throws on bad input: problems come back as
 * diagnostics, and `model` is present only when none of them is an error.
 */
export function resolveModel(files: readonly LoadedFile[]): ResolveResult {
  const ctx = new ResolveContext();
  const all = [preludeFile(), ...files];

  resolvePendingReferences(all, definedShapeIds(all), ctx);
  settleOmittedTraitValues(all);
  mergeFiles(all, ctx);

  const version1Ids = [...ctx.shapes.values()]
    .filter((e) => isVersion1(e.file.version))
    .map((e) => e.id);
  const view = { shape: (id: string) => ctx.shapes.get(id)?.ast };
  for (const subject of version1Defaults(version1Ids, view))
    ctx.error(
      "idl-version",
      `The @default trait of ${subject} can only be used in Smithy 2.0 or later (add \`$version: "2"\`; 1.0 defaults are implicit)`,
      ctx.locate(pointer.trait(subject, "smithy.api#default"), ctx.locate(subject)),
    );
  upgradeVersion1Shapes(version1Ids, view);

  flattenMixins(ctx);
  normalizeShapes(ctx);
  validateReferences(ctx);
  validateNesting(ctx);
  validateMembers(ctx);
  validateCaseConflicts(ctx);
  validateMixinShapes(ctx);
  validateMetadata(ctx);
  validateTraits(ctx);
  validatePatterns(ctx, files);

  const diagnostics = sortDiagnostics(ctx.diagnostics);
  if (hasErrors(diagnostics)) return { diagnostics };
  return { model: buildModel(ctx), diagnostics };
}

function buildModel(ctx: ResolveContext): Model {
  const shapes: Array<[string, AstShape]> = [];
  for (const entry of ctx.shapes.values())
    if (!isMixin(entry.ast)) shapes.push([entry.id, entry.ast]);
  const ast: AstModel = { smithy: "2.0", shapes: recordFromEntries(shapes) };
  if (Object.keys(ctx.metadata).length > 0) ast.metadata = ctx.metadata;
  return new Model(deepFreeze(ast), ctx.sources);
}

/** The model is shared by every emitter: freezing it turns an accidental write into an error. */
function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
