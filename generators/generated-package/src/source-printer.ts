// Prints ts-morph statement structures the public way: through a source file that ts-morph
// parses and we read back. The structure printer's fallback for a ts-morph version without the
// (undeclared) structure printer factory; same text, slower.

import type { Project, StatementStructures } from "ts-morph";

export class SourcePrinter {
  readonly #project: Project;

  /** @param project an in-memory project to print in (its manipulation settings apply) */
  constructor(project: Project) {
    this.#project = project;
  }

  print(statements: readonly (StatementStructures | string)[]): string {
    const file = this.#project.createSourceFile(
      "/module.ts",
      { statements: [...statements] },
      { overwrite: true },
    );
    const text = file.getFullText();
    this.#project.removeSourceFile(file);
    return text;
  }
}
