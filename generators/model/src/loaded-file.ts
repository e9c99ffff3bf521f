// What a loader (IDL parser, JSON AST reader, later the service-2.json converter) hands to the
// resolver: one file's JSON AST, where each part of it came from, and the references that can
// only be resolved once every file of the model is known.

import type { AstModel } from "./ast.js";
import type { Diagnostic } from "./diagnostic.js";
import type { SourceLocation, SourceMap } from "./source-location.js";

/**
 * A relative shape reference from an IDL file (`String`, `MyStruct`, a trait name such as
 * `required`) that the parser could not settle alone: Smithy resolves it against `use`
 * statements, then against shapes of the file's namespace defined in ANY file of the model,
 * then against the prelude. The parser writes `namespace#name` into the AST as a placeholder and
 * records the reference here; the resolver calls `resolve` with the final absolute id, which
 * patches the AST in place (member targets, trait keys, mixin lists, operation bindings,
 * shape-id node values alike).
 */
export interface PendingReference {
  /** The namespace of the file the reference appears in. */
  readonly namespace: string;
  /** The relative name as written (`String`, or `Name$member` where a member is referenced). */
  readonly name: string;
  readonly location: SourceLocation;
  /** What is being referenced, for error messages: `target`, `trait`, `mixin`, `value`, … */
  readonly role: string;
  resolve(absoluteId: string): void;
}

/** One loaded model file. */
export interface LoadedFile {
  readonly file: string;
  /** The file's IDL version (`1.0`, `2.0`) or the JSON AST's `smithy` value. */
  readonly version: string;
  readonly ast: AstModel;
  readonly sources: SourceMap;
  readonly pendingReferences: readonly PendingReference[];
  /**
   * For JSON files: the JSON path of a value in the file as written (`shapes.Name.pattern`), by
   * source-map pointer, so a diagnostic about a trait value can name it. Only some pointers
   * have one (trait values).
   */
  readonly jsonPaths?: ReadonlyMap<string, string>;
}

/** A loader's result: the file when it could be read at all, and every problem found. */
export interface FileLoadResult {
  readonly loaded?: LoadedFile;
  readonly diagnostics: Diagnostic[];
}
