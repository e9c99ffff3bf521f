// The working state of one resolution: the merged shapes, the merged source map and the
// diagnostics every step adds to. Steps are functions over this state, run in order by
// `resolveModel`; none of them throws on bad input.

import type { AstShape, NodeValue } from "../ast.js";
import { error, warning, type Diagnostic } from "../diagnostic.js";
import type { LoadedFile } from "../loaded-file.js";
import { fileStart, type SourceLocation } from "../source-location.js";

/** One shape while it is being resolved: its own (mutable) copy of the AST and its origin. */
export interface ShapeEntry {
  readonly id: string;
  ast: AstShape;
  /** The file that defined the shape (the first one, when several define it identically). */
  readonly file: LoadedFile;
  readonly location: SourceLocation;
}

/** Traits added to a shape or member by `apply`, with where each application was written. */
export interface Application {
  readonly target: string;
  readonly traits: Record<string, NodeValue>;
  readonly file: LoadedFile;
  readonly location: SourceLocation;
}

/** An elided member (`$name`) whose target comes from a mixin or the bound resource. */
export interface ElidedMember {
  readonly container: string;
  readonly member: string;
  readonly location: SourceLocation;
  /** The resource of the container's `for` clause, read late: its own reference settles first. */
  resource(): string | undefined;
  resolve(target: string): void;
}

export class ResolveContext {
  readonly shapes = new Map<string, ShapeEntry>();
  readonly sources = new Map<string, SourceLocation>();
  readonly diagnostics: Diagnostic[] = [];
  readonly applications: Application[] = [];
  readonly elided: ElidedMember[] = [];
  /** Placeholder ids of relative names that did not resolve (already reported once). */
  readonly unresolved = new Set<string>();
  metadata: Record<string, NodeValue> = {};

  error(code: string, message: string, location: SourceLocation): void {
    this.diagnostics.push(error(code, message, location));
  }

  warning(code: string, message: string, location: SourceLocation): void {
    this.diagnostics.push(warning(code, message, location));
  }

  /** Where a pointer was defined; falls back to the shape's own location, then the file start. */
  locate(ptr: string, fallback?: SourceLocation): SourceLocation {
    return (
      this.sources.get(ptr) ??
      fallback ??
      this.sources.get(ptr.split(/[$@]/)[0]!) ??
      fileStart("<model>")
    );
  }
}

/** Renders a location for messages that name a second place: `file:line:col`. */
export function where(location: SourceLocation): string {
  return `${location.file}:${location.line}:${location.column}`;
}
