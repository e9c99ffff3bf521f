// The module writer: the one way an emitter writes a generated TypeScript module. An emitter
// declares a module's imports and statements; the writer owns
//   - the banner (the one-line comment every module starts with),
//   - imports: runtime exports always under their `__` aliases (the model layer's scheme, so no
//     model name can clash with them), sibling modules' names as the symbol provider made them,
//     one statement per source and kind (a second declaration of the same source merges into
//     the first, duplicates dropped), printed before the body in the order first declared,
//   - comment escaping (`escapeComment`) and the safe code layer (`Code`) for model text,
//   - printing, and the formatter fast path: a module every part of which was laid out by the
//     writer's own helpers (each reproduces one prettier layout rule, see typescript-text.ts) is
//     marked `preformatted`, so the orchestrator writes it without running prettier (most of a
//     whole-service generation's files); anything written as plain statements, and modules
//     printed from ts-morph structures unless they pass the prettier-shape grammar, go through
//     prettier. `SHAPEKIT_VERIFY_PREFORMATTED=1` and the tests compare the fast path with
//     prettier byte for byte.

import {
  runtimeName,
  runtimePackage,
  runtimeSpecifiers,
  type GeneratedFile,
} from "@shapekit/model";
import type { StatementStructures } from "ts-morph";
import { Code } from "./code.js";
import { isPrettierShaped } from "./prettier-shape.js";
import { SourcePrinter } from "./source-printer.js";
import { StructurePrinter } from "./structure-printer.js";
import { typeScriptData } from "./typescript-data.js";
import {
  docComment,
  functionDeclaration,
  functionOverload,
  literalInterface,
  namedModuleStatement,
  unionTypeAlias,
} from "./typescript-text.js";

interface ImportEntry {
  readonly keyword: "import" | "import type" | "export" | "export type";
  readonly from: string;
  readonly names: string[];
  /** `import type * as ns from "…"`. */
  readonly namespace?: string;
}

interface Part {
  readonly text: string;
  /** Written in prettier's layout by one of the writer's helpers (or declared so by the emitter). */
  readonly laidOut: boolean;
}

export interface ImportOptions {
  readonly typeOnly?: boolean;
}

/** One module's imports and statements, in declaration order. */
export class ModuleText {
  readonly #imports: ImportEntry[] = [];
  /** Named entries by keyword and source: a barrel declares thousands (one lookup each). */
  readonly #bySource = new Map<string, ImportEntry>();
  readonly #body: Part[] = [];

  #entry(keyword: ImportEntry["keyword"], from: string): ImportEntry {
    const key = `${keyword}\0${from}`;
    const found = this.#bySource.get(key);
    if (found) return found;
    const entry: ImportEntry = { keyword, from, names: [] };
    this.#imports.push(entry);
    this.#bySource.set(key, entry);
    return entry;
  }

  #addNames(entry: ImportEntry, names: readonly string[]): void {
    for (const n of names) if (!entry.names.includes(n)) entry.names.push(n);
  }

  /**
   * Imports runtime exports (`"type X"` for types) under their aliases; returns the local name
   * of each export (`{ memberPath: "__memberPath" }`). Only runtime packages are accepted.
   */
  runtime<N extends string>(
    from: string,
    names: readonly N[],
    options: ImportOptions = {},
  ): Readonly<Record<N extends `type ${infer T}` ? T : N, string>> {
    const entry = this.#entry(options.typeOnly ? "import type" : "import", runtimePackage(from));
    this.#addNames(entry, runtimeSpecifiers(names));
    const local: Record<string, string> = {};
    for (const n of names) {
      const exported = n.startsWith("type ") ? n.slice("type ".length) : n;
      local[exported] = runtimeName(exported);
    }
    return local as Readonly<Record<N extends `type ${infer T}` ? T : N, string>>;
  }

  /** Imports names a generated module exports; each name came from the symbol provider. */
  importNames(names: readonly string[], from: string, options: ImportOptions = {}): this {
    this.#addNames(this.#entry(options.typeOnly ? "import type" : "import", from), names);
    return this;
  }

  /** Re-exports names from a generated module (`export { X } from "./x.js"`). */
  reexportNames(names: readonly string[], from: string, options: ImportOptions = {}): this {
    this.#addNames(this.#entry(options.typeOnly ? "export type" : "export", from), names);
    return this;
  }

  /** `import type * as local from "from"` (`local` starts with `__`, clear of model names). */
  importNamespace(local: string, from: string, options: ImportOptions = {}): this {
    this.#imports.push({
      keyword: options.typeOnly ? "import type" : "import",
      from,
      names: [],
      namespace: local,
    });
    return this;
  }

  /** A one-line TSDoc comment; the text is escaped (model text is welcome). */
  doc(text: string): this {
    return this.#laidOut(docComment(text));
  }

  /** `export function f(…): R { … }` in prettier's layout. */
  functionDeclaration(
    head: string,
    parameters: readonly string[],
    returnType: string,
    body: readonly string[],
  ): this {
    return this.#laidOut(functionDeclaration(head, parameters, returnType, body));
  }

  /** `export type Name = "a" | "b";` (members already written as types) in prettier's layout. */
  unionTypeAlias(head: string, members: readonly string[]): this {
    return this.#laidOut(unionTypeAlias(head, members));
  }

  /** `export interface Name { "key": "value"; }` of string literals, in prettier's layout. */
  literalInterface(head: string, properties: ReadonlyArray<readonly [string, string]>): this {
    return this.#laidOut(literalInterface(head, properties));
  }

  /** An overload signature in prettier's layout. */
  functionOverload(head: string, parameters: readonly string[], returnType: string): this {
    return this.#laidOut(functionOverload(head, parameters, returnType));
  }

  /**
   * `head` followed by `value` as a TypeScript literal and `;`, laid out as prettier does
   * (`export const x: T = {…};`). Throws `UnformattableDataError` for data it cannot promise to
   * lay out: the emitter then writes the module another way.
   */
  data(head: string, value: unknown): this {
    return this.#laidOut(`${head}${typeScriptData(value, 0, head.length, 1)};\n`);
  }

  /** `export { a, b as c };` (or with `from`) in prettier's layout, in the body. */
  exportNames(names: readonly string[], from?: string): this {
    return this.#laidOut(namedModuleStatement("export", names, from));
  }

  /**
   * A statement the emitter wrote itself. `laidOut: true` declares it is already prettier's
   * layout (the module may then skip prettier); model text must come in through `Code`.
   */
  statement(text: string | Code, options: { readonly laidOut?: boolean } = {}): this {
    const t = text instanceof Code ? text.text : text;
    this.#body.push({ text: t.endsWith("\n") ? t : `${t}\n`, laidOut: options.laidOut === true });
    return this;
  }

  #laidOut(text: string): this {
    this.#body.push({ text, laidOut: true });
    return this;
  }

  /** Whether every part is in prettier's layout (imports always are). */
  get laidOut(): boolean {
    return this.#body.every((p) => p.laidOut);
  }

  /** The imports and the body, without the banner. */
  toString(): string {
    let text = "";
    for (const e of this.#imports) {
      if (e.namespace !== undefined)
        text += `${e.keyword} * as ${e.namespace} from ${JSON.stringify(e.from)};\n`;
      else text += namedModuleStatement(e.keyword, e.names, e.from);
    }
    for (const p of this.#body) text += p.text;
    return text;
  }
}

/** Writes an emitter's modules: one per emit, holding the banner and the printers. */
export class ModuleWriter {
  readonly #banner: string;
  #structurePrinter: StructurePrinter | undefined;
  #sourcePrinter: SourcePrinter | undefined;

  /** @param banner the text of the one-line comment every module starts with (one line) */
  constructor(banner: string) {
    this.#banner = banner.replace(/[\r\n\u2028\u2029]+/g, " ");
  }

  get banner(): string {
    return this.#banner;
  }

  /** A new, empty module. */
  module(): ModuleText {
    return new ModuleText();
  }

  /** The module's text, banner first. */
  text(module: ModuleText): string {
    return `// ${this.#banner}\n${module.toString()}`;
  }

  /**
   * The module as a file, `preformatted` when every part of it is in prettier's layout. With
   * `layout`, a pass that puts the whole text in prettier's layout (or returns undefined when it
   * cannot promise to) decides instead.
   */
  file(
    path: string,
    module: ModuleText,
    options: { readonly layout?: (text: string) => string | undefined } = {},
  ): GeneratedFile {
    const contents = this.text(module);
    if (options.layout !== undefined) {
      const laidOut = options.layout(contents);
      return laidOut === undefined
        ? { path, contents }
        : { path, contents: laidOut, preformatted: true };
    }
    return module.laidOut ? { path, contents, preformatted: true } : { path, contents };
  }

  /**
   * A module printed from ts-morph structures. The structure printer (default: two-space
   * indentation, double quotes) marks it `preformatted` when it passes the prettier-shape
   * grammar, unless `fastPath: false`; the source printer (ts-morph's defaults) always leaves it
   * to prettier.
   */
  structureFile(
    path: string,
    statements: readonly (StatementStructures | string)[],
    options: { readonly printer?: "structure" | "source"; readonly fastPath?: boolean } = {},
  ): GeneratedFile {
    if (options.printer === "source") {
      this.#sourcePrinter ??= new SourcePrinter(this.#banner);
      return { path, contents: this.#sourcePrinter.print(path, statements) };
    }
    this.#structurePrinter ??= new StructurePrinter(this.#banner);
    const contents = this.#structurePrinter.print(path, statements);
    if (options.fastPath === false) return { path, contents };
    return isPrettierShaped(contents) ? { path, contents, preformatted: true } : { path, contents };
  }
}
