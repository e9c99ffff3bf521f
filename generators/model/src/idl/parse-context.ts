// The state one file's parse builds up: the token stream, the JSON AST being written, the
// source map, the references, and the per-file settings of the control section.

import type { AstModel, AstShape, NodeValue } from "../ast.js";
import type { Diagnostic } from "../diagnostic.js";
import { shapesEqual } from "../node-value.js";
import { pointer, type SourceLocation } from "../source-location.js";
import type { ElidedMemberReference } from "./elided-member.js";
import type { NodeSyntax } from "./node-syntax.js";
import { emptyRecord } from "./node-value-builder.js";
import { ReferenceTable } from "./references.js";
import type { WrittenShapeId } from "./shape-id-syntax.js";
import type { Token } from "./token.js";
import type { TokenStream } from "./token-stream.js";

export type IdlVersion = "1.0" | "2.0";

/** A trait as written, built into a value only once its subject is known. */
export interface ParsedTrait {
  readonly id: WrittenShapeId;
  /** The location of `@`. */
  readonly location: SourceLocation;
  /** The value; undefined for `@t` and `@t()` (`{}`, `[]` or null by the trait's shape). */
  readonly body: NodeSyntax | undefined;
}

/** An `apply` statement, merged or recorded once the whole file is known. */
export interface ParsedApply {
  readonly target: WrittenShapeId;
  readonly traits: ParsedTrait[];
}

export class ParseContext {
  readonly references = new ReferenceTable();
  readonly ast: AstModel = { smithy: "2.0", shapes: emptyRecord<AstShape>() };
  readonly sources = new Map<string, SourceLocation>();
  readonly elided: ElidedMemberReference[] = [];
  readonly applies: ParsedApply[] = [];
  /** Names of the shapes this file defines (in its own namespace). */
  readonly definedNames = new Set<string>();
  /** Second definitions of a name, checked against the first once the file is read. */
  readonly redefinitions: Array<{ id: string; shape: AstShape; location: SourceLocation }> = [];
  version: IdlVersion = "1.0";
  versionDeclared = false;
  namespace = "";
  operationInputSuffix = "Input";
  operationOutputSuffix = "Output";

  constructor(
    readonly stream: TokenStream,
    readonly diagnostics: Diagnostic[],
  ) {}

  get file(): string {
    return this.stream.file;
  }

  location(token: Token): SourceLocation {
    return this.stream.location(token);
  }

  report(message: string, location: SourceLocation, code = "syntax"): void {
    this.stream.report(message, location, code);
  }

  /** Reports syntax that only IDL 2.0 allows when the file is 1.0; parsing goes on. */
  requireVersion2(feature: string, location: SourceLocation): void {
    if (this.version === "1.0") {
      const how = this.versionDeclared
        ? 'declares `$version: "1.0"`'
        : "has no `$version` statement, which means 1.0";
      this.report(
        `${feature} can only be used in Smithy IDL 2.0 or later; this file ${how}. Add \`$version: "2"\` at the top of the file.`,
        location,
        "idl-version",
      );
    }
  }

  metadata(): Record<string, NodeValue> {
    return (this.ast.metadata ??= emptyRecord<NodeValue>());
  }

  /** Adds a shape defined in this file, reporting a second definition of the same name. */
  addShape(name: string, shape: AstShape, location: SourceLocation): string {
    const id = `${this.namespace}#${name}`;
    if (this.definedNames.has(name)) {
      // The body is not read yet: an identical copy is allowed (as across files), which
      // `checkRedefinitions` decides once the file is read.
      this.redefinitions.push({ id, shape, location });
      return id;
    }
    const used = this.references.imported(name);
    if (used !== undefined) {
      this.report(
        `Shape \`${name}\` conflicts with \`${used}\` imported by a \`use\` statement`,
        location,
        "use-conflict",
      );
    }
    this.definedNames.add(name);
    this.ast.shapes[id] = shape;
    this.sources.set(pointer.shape(id), location);
    return id;
  }

  /** Reports each second definition of a shape that differs from the first. */
  checkRedefinitions(): void {
    for (const { id, shape, location } of this.redefinitions) {
      const firstShape = this.ast.shapes[id];
      if (firstShape && shapesEqual(firstShape, shape)) continue;
      const first = this.sources.get(pointer.shape(id));
      const where = first ? ` (first defined at ${first.line}:${first.column})` : "";
      this.report(
        `Shape \`${id}\` is defined twice in this file with different content${where}`,
        location,
        "duplicate-shape",
      );
    }
  }
}
