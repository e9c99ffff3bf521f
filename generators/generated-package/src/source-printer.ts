// Prints ts-morph statement structures as one generated module: the banner line first, then the
// code. One in-memory project is reused for every module an emitter prints.

import { Project, type StatementStructures } from "ts-morph";

export class SourcePrinter {
  readonly #project = new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true });
  readonly #banner: string;

  /** @param banner the text of the one-line comment every module starts with */
  constructor(banner: string) {
    this.#banner = banner;
  }

  print(path: string, statements: readonly (StatementStructures | string)[]): string {
    const file = this.#project.createSourceFile(
      `/${path}`,
      { statements: [`// ${this.#banner}`, ...statements] },
      { overwrite: true },
    );
    const text = file.getFullText();
    this.#project.removeSourceFile(file);
    return text;
  }
}
