// Prints modules from ts-morph statement structures with ts-morph's own structure printer, like
// SourcePrinter, but without the source file that `Project.createSourceFile` would then parse
// from the printed text only for us to read the same text back (`getFullText`): that parse, the
// file's registration and removal were most of the types emitter's time on a whole service
// (~1,600 shape modules). Same printer, same text; two-space indentation and double quotes, as
// prettier writes them, so that simple modules need no formatting at all.
//
// The structure printer is reached through the project's context, which ts-morph does not
// declare public; if a ts-morph version lacks it, printing goes through a source file as before.

import { SourcePrinter } from "./source-printer.js";
import type { CodeBlockWriter, Project, StatementStructures } from "ts-morph";
import { tsMorph } from "./ts-morph.js";

interface StructurePrinterFactory {
  forSourceFile(options: { isAmbient: boolean }): {
    printText(writer: CodeBlockWriter, structure: { statements: unknown[] }): void;
  };
}

/** A project for printing only (nothing read from disk), ts-morph loaded now. */
function newProject(): Project {
  const { IndentationText, Project, QuoteKind } = tsMorph();
  return new Project({
    useInMemoryFileSystem: true,
    skipLoadingLibFiles: true,
    manipulationSettings: {
      indentationText: IndentationText.TwoSpaces,
      quoteKind: QuoteKind.Double,
    },
  });
}

export class StructurePrinter {
  // Two-space indentation and double quotes, prettier's: most modules then need no change at all.
  readonly #project: Project = newProject();
  readonly #factory: StructurePrinterFactory | undefined;
  #fallback: SourcePrinter | undefined;

  constructor() {
    const context = (
      this.#project as unknown as {
        _context?: { structurePrinterFactory?: StructurePrinterFactory };
      }
    )._context;
    this.#factory =
      typeof context?.structurePrinterFactory?.forSourceFile === "function"
        ? context.structurePrinterFactory
        : undefined;
  }

  /** The statements' text (a module's body; generated modules are never ambient). */
  print(statements: readonly (StatementStructures | string)[]): string {
    if (this.#factory === undefined) {
      this.#fallback ??= new SourcePrinter(this.#project);
      return this.#fallback.print(statements);
    }
    const writer = this.#project.createWriter();
    this.#factory
      .forSourceFile({ isAmbient: false })
      .printText(writer, { statements: [...statements] });
    return writer.toString();
  }
}
