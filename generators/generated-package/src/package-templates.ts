// Handlebars templates of an emitter's non-code files (package.json, README.md). Each emitter
// ships its own `templates/` folder; loading and compiling them is the same for all.

import { readFileSync } from "node:fs";
import Handlebars from "handlebars";
import { fileBaseName, type Packaging } from "@shapekit/model";
import { manifestFields } from "./package-manifest.js";

export type Template = Handlebars.TemplateDelegate;

export interface TemplateOptions {
  /** Fail on a missing variable (default true): a typo in a template must not render empty. */
  readonly strict?: boolean;
}

/**
 * Compiles `names` from the `templates/` folder at `templatesDir` (a URL, usually
 * `new URL("../templates/", import.meta.url)`), once, at the emitter's module load.
 * Outputs are JSON and Markdown, not HTML: nothing is HTML-escaped, and JSON values go through
 * the `json` helper (`{{{json value}}}`).
 */
export function loadTemplates<Name extends string>(
  templatesDir: URL,
  names: readonly Name[],
  options: TemplateOptions = {},
): Record<Name, Template> {
  const handlebars = Handlebars.create();
  handlebars.registerHelper("json", (value: unknown) => JSON.stringify(value));
  const compiled = {} as Record<Name, Template>;
  for (const name of names) {
    const source = readFileSync(new URL(name, templatesDir), "utf8");
    compiled[name] = handlebars.compile(source, { noEscape: true, strict: options.strict ?? true });
  }
  return compiled;
}

/** What every generated package's files name: its banner, npm name and version. */
export interface PackageIdentity {
  readonly banner: string;
  readonly packageName: string;
  readonly packageVersion: string;
  /**
   * The README's example of an operation's entry point (`./operations/<Operation>`): the first
   * selected operation's module name (`operationEntryName`); absent when none is selected.
   */
  readonly operationEntryExample?: string;
}

/**
 * The module name of an operation's entry point, `./operations/<name>`, the same in every
 * package: the Smithy operation name (shortened with a hash past a file name's length).
 */
export function operationEntryName(operationName: string): string {
  return fileBaseName(operationName);
}

/** `PackageIdentity.operationEntryExample` of a package of `operations`: the first one's entry. */
export function operationEntryExample(
  operations: ReadonlyArray<{ readonly name: string }>,
): string | undefined {
  const first = operations[0];
  return first && operationEntryName(first.name);
}

/** An emitter's `package.json.hbs` and `README.md.hbs`, with the fields every package shares. */
export interface PackageFileTemplates {
  /**
   * package.json: the layout's manifest fields (`manifestFields`), the identity, then the
   * emitter's own `fields`.
   */
  packageJson(
    identity: PackageIdentity,
    fields: Readonly<Record<string, unknown>>,
    packaging?: Packaging,
    manifest?: { readonly node?: boolean },
  ): string;
  /** README.md: the banner (as HTML-comment-safe text) and the package name, then `fields`. */
  readme(identity: PackageIdentity, fields: Readonly<Record<string, unknown>>): string;
}

/** Loads an emitter's two package templates from its `templates/` folder (see `loadTemplates`). */
export function packageFileTemplates(
  templatesDir: URL,
  options: TemplateOptions = {},
): PackageFileTemplates {
  const templates = loadTemplates(templatesDir, ["package.json.hbs", "README.md.hbs"], options);
  return {
    packageJson: (identity, fields, packaging, manifest) =>
      templates["package.json.hbs"]({
        ...manifestFields(packaging, manifest),
        banner: identity.banner,
        packageName: identity.packageName,
        packageVersion: identity.packageVersion,
        ...fields,
      }),
    readme: (identity, fields) =>
      templates["README.md.hbs"]({
        // The README's banner sits in an HTML comment: only `-->` or `--!>` would end it (and
        // `<!--` open another), so a command's `--model` stays as typed, ready to copy.
        banner: identity.banner.replace(/<!--|--!?>/g, (marker) => marker.replace("--", "- -")),
        packageName: identity.packageName,
        operationEntryExample: identity.operationEntryExample ?? false,
        ...fields,
      }),
  };
}

/**
 * `text` as a template's `{{text}}` writes it (handlebars' own escaping): for text an emitter
 * now writes into a template's output itself (a README's laid-out code examples), so that the
 * output stays byte for byte what the template made of it.
 */
export function handlebarsEscaped(text: string): string {
  return Handlebars.Utils.escapeExpression(text);
}
