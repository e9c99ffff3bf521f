// The module writer: the one way an emitter writes a generated TypeScript module. An emitter
// declares a module's imports and statements; the writer owns
//   - the banner (the one-line comment every module starts with),
//   - imports: runtime exports always under their `__` aliases (the model layer's scheme, so no
//     model name can clash with them), sibling modules' names as the symbol provider made them,
//     one statement per source and kind (a second declaration of the same source merges into
//     the first, duplicates dropped), printed before the body in one canonical order (imports
//     before re-exports, packages before relative paths, then by specifier), so the order an
//     emitter happens to declare them in never shows in the output,
//   - the body: text from the writer's layout helpers, statements built with the safe code layer
//     (`Code`, the one way model text gets into code), and declarations given as ts-morph
//     structures (interfaces, type aliases, enums, variables, functions), which ts-morph's
//     structure printer prints; imports and re-exports are never structures, always declared here,
//   - comment escaping (`escapeComment`) and printing, and the formatter fast path: a module
//     every part of which is in prettier's layout — written by the writer's helpers (each
//     reproduces one prettier layout rule, see typescript-text.ts), or structures whose printed
//     text passes the prettier-shape grammar — is marked `preformatted`, so the orchestrator
//     writes it without running prettier (most of a whole-service generation's files); anything
//     else goes through prettier. `SHAPEKIT_VERIFY_PREFORMATTED=1` and the tests compare the fast
//     path with prettier byte for byte.

import {
  runtimeName,
  runtimePackage,
  runtimeSpecifiers,
  type GeneratedFile,
} from "@shapekit/model";
import type {
  ExportDeclarationStructure,
  ImportDeclarationStructure,
  StatementStructures,
} from "ts-morph";
import { Code } from "./code.js";
import { isPrettierShaped } from "./prettier-shape.js";
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
  /** `import local from "….json" with { type: "json" }`: a JSON file's value. */
  readonly json?: string;
}

/**
 * A declaration as a ts-morph structure. Imports and re-exports are not among them: the module
 * declares those itself (`importNames`, `runtime`, `reexportNames`, `exportNames`).
 */
export type DeclarationStructure = Exclude<
  StatementStructures,
  ImportDeclarationStructure | ExportDeclarationStructure
>;

interface Part {
  readonly text: string;
  /** Written in prettier's layout by one of the writer's helpers (or declared so by the emitter). */
  readonly laidOut: boolean;
}

/** Where a module's declaration structures are printed: one printer per writer. */
type PrintStructures = (statements: readonly DeclarationStructure[]) => string;

/** The canonical import order: imports before re-exports, packages before relative paths. */
function importRank(entry: ImportEntry): number {
  const reexport = entry.keyword.startsWith("export") ? 2 : 0;
  return reexport + (entry.from.startsWith(".") ? 1 : 0);
}

function compareImports(a: ImportEntry, b: ImportEntry): number {
  const rank = importRank(a) - importRank(b);
  if (rank !== 0) return rank;
  if (a.from !== b.from) return a.from < b.from ? -1 : 1;
  // Same source: the value statement before the type-only one, then a namespace import, then
  // a JSON file's value.
  const kind = (e: ImportEntry) =>
    e.json !== undefined ? 3 : e.namespace !== undefined ? 2 : e.keyword.endsWith("type") ? 1 : 0;
  return kind(a) - kind(b);
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
  readonly #printStructures: PrintStructures | undefined;

  /** Made by `ModuleWriter.module()`, which lends the module its structure printer. */
  constructor(printStructures?: PrintStructures) {
    this.#printStructures = printStructures;
  }

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

  /**
   * `import local from "from" with { type: "json" }`: a JSON file of the package as a value (the
   * build inlines it). `local` starts with `__`, clear of model names.
   */
  importJson(local: string, from: string): this {
    this.#imports.push({ keyword: "import", from, names: [], json: local });
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

  /**
   * Declarations given as ts-morph structures, printed by ts-morph's structure printer (two-space
   * indentation, double quotes), set off from what precedes them by one blank line. They count
   * as laid out when the printed text passes the prettier-shape grammar.
   */
  declarations(statements: readonly DeclarationStructure[]): this {
    if (statements.length === 0) return this;
    if (this.#printStructures === undefined)
      throw new Error("Declarations need a module made by ModuleWriter.module()");
    const text = this.#printStructures(statements);
    this.#body.push({ text: `\n${text}`, laidOut: isPrettierShaped(`// \n${text}`) });
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
    return this.pieces()
      .map((p) => p.text)
      .join("");
  }

  /** The imports (laid out), then each part of the body as it was added, with its layout flag. */
  pieces(): Array<{ text: string; laidOut: boolean }> {
    let imports = "";
    for (const e of [...this.#imports].sort(compareImports)) {
      if (e.json !== undefined)
        imports += `import ${e.json} from ${JSON.stringify(e.from)} with { type: "json" };\n`;
      else if (e.namespace !== undefined)
        imports += `${e.keyword} * as ${e.namespace} from ${JSON.stringify(e.from)};\n`;
      else imports += namedModuleStatement(e.keyword, e.names, e.from);
    }
    return [{ text: imports, laidOut: true }, ...this.#body.map((p) => ({ ...p }))];
  }
}

/** Writes an emitter's modules: one per emit, holding the banner and the printers. */
export class ModuleWriter {
  readonly #banner: string;
  #structurePrinter: StructurePrinter | undefined;

  /** @param banner the text of the one-line comment every module starts with (one line) */
  constructor(banner: string) {
    this.#banner = banner.replace(/[\r\n\u2028\u2029]+/g, " ");
  }

  get banner(): string {
    return this.#banner;
  }

  /** A new, empty module. */
  module(): ModuleText {
    return new ModuleText((statements) => {
      this.#structurePrinter ??= new StructurePrinter();
      return this.#structurePrinter.print(statements);
    });
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
    if (module.laidOut) return { path, contents, preformatted: true };
    // Some parts are laid out: the orchestrator formats only the others.
    const [imports, ...body] = module.pieces();
    const pieces = [{ text: `// ${this.#banner}\n${imports!.text}`, laidOut: true }, ...body];
    return pieces.some((p) => p.laidOut && p.text !== "")
      ? { path, contents, pieces }
      : { path, contents };
  }
}
