// Where `--cli-input-yaml` finds its YAML parser. The `yaml` library is a fifth of a minified
// cli-skeleton bundle, so a browser build leaves it out (the package's `#cli-yaml` import
// resolves to `yaml-unavailable.ts` under the "browser" condition) and a page that wants YAML
// documents loads it with `import "@shapekit/cli/yaml"`, which registers it here. Node and
// every other runtime get the parser with the package, as before.

/**
 * A parse: the value, or the error. `message` never quotes the document; `detail`, when set,
 * is the parser's own message, which may (used only for documents typed inline).
 */
export type ParsedDocument =
  | { ok: true; value: unknown }
  | { ok: false; message: string; detail?: string; line?: number; column?: number };

/** Parses one YAML cli-input document; never throws on bad input. */
export type YamlDocumentParser = (text: string) => ParsedDocument;

/** How many nodes YAML aliases may stand for in one document (the `yaml` package's count). */
export const MAX_YAML_ALIAS_COUNT = 100;

/** What `--cli-input-yaml` says where no parser is loaded. */
export const YAML_NOT_LOADED =
  'YAML documents are not read in this build (a browser bundle leaves the YAML parser out); import "@shapekit/cli/yaml" once to read them';

let registered: YamlDocumentParser | undefined;

/** Makes `parse` the parser of every `--cli-input-yaml` document from now on. */
export function registerYamlParser(parse: YamlDocumentParser): void {
  registered = parse;
}

/** The parser `registerYamlParser` was given, if any. */
export function registeredYamlParser(): YamlDocumentParser | undefined {
  return registered;
}
