// Handlebars templates of an emitter's non-code files (package.json, README.md). Each emitter
// ships its own `templates/` folder; loading and compiling them is the same for all.

import { readFileSync } from "node:fs";
import Handlebars from "handlebars";

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
