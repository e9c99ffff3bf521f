// Prints ts-morph statements as one generated module: the banner line first, then the code.

import { Project, type StatementStructures } from "ts-morph";

export class SourcePrinter {
  readonly #project = new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true });
  readonly #banner: string;

  /** @param banner the text of the one-line comment every module starts with */
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
