// Prints one generated module with ts-morph: the banner line, then statement structures
// (imports, declarations) and statement text. One in-memory project for a whole emit; each
// file is dropped once printed.

import { Project, type StatementStructures } from "ts-morph";

export class SourcePrinter {
  readonly #project = new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true });
  readonly #banner: string;

  constructor(banner: string) {
    this.#banner = banner;
  }

  print(path: string, statements: readonly (StatementStructures | string)[]): string {
    const file = this.#project.createSourceFile(`/${path}`, { statements: [`// ${this.#banner}`, ...statements] }, { overwrite: true });
    const text = file.getFullText();
    this.#project.removeSourceFile(file);
    return text;
  }
}
