// The YAML side of `--cli-input-yaml`, the one module of the package that uses the `yaml`
// library (through `#cli-yaml-library`: loaded on first use on Node.js). The package's
// `#cli-yaml` import resolves here everywhere but in browser bundles, and `@shapekit/cli/yaml`
// (enable-yaml.ts) registers it there. Errors are said in our words, with the line and column;
// nesting is bounded before the library's recursive parser runs.

import { MAX_NESTING } from "@shapekit/shorthand";
import { yamlLibrary } from "#cli-yaml-library";
import { lineColumn } from "./line-column.js";
import { MAX_YAML_ALIAS_COUNT, type ParsedDocument } from "./yaml-support.js";

/** Parses one `--cli-input-yaml` document: its value, or the first error with its position. */
export function parseYamlDocument(text: string): ParsedDocument {
  const deep = yamlNestingOffset(text, MAX_NESTING);
  if (deep !== undefined) {
    return {
      ok: false,
      message: `nested deeper than ${MAX_NESTING} levels`,
      ...lineColumn(text, deep),
    };
  }
  // `logLevel: "error"`: the package would print warnings (quoting the document) on stderr.
  const doc = yamlLibrary().parseDocument(text, {
    prettyErrors: true,
    uniqueKeys: true,
    logLevel: "error",
  });
  const error = doc.errors[0];
  if (error) {
    const pos = error.linePos?.[0];
    const detail = error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
    const message = YAML_ERRORS[error.code] ?? "not valid YAML";
    return pos
      ? { ok: false, message, detail, line: pos.line, column: pos.col }
      : { ok: false, message, detail };
  }
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: MAX_YAML_ALIAS_COUNT }) };
  } catch (e) {
    // Aliases expanding past the limit, a merge (`<<`) of something that is not a map, an
    // alias before its anchor (the package's message names it: it quotes the document). Our
    // words say it better than the package's, for inline documents too.
    const detail = String((e as Error | null)?.message ?? e);
    const message = /alias count/i.test(detail)
      ? `aliases expand to more than ${MAX_YAML_ALIAS_COUNT} nodes`
      : /merge/i.test(detail)
        ? "a merge key (<<) must merge maps"
        : /unresolved alias/i.test(detail)
          ? YAML_ERRORS.BAD_ALIAS!
          : "the document could not be built";
    return { ok: false, message };
  }
}

/** What each of the `yaml` package's error codes means, in words that quote nothing. */
const YAML_ERRORS: Readonly<Record<string, string>> = {
  ALIAS_PROPS: "an alias cannot have an anchor or a tag",
  BAD_ALIAS: "an alias refers to no anchor",
  BAD_DIRECTIVE: "unknown directive",
  BAD_DQ_ESCAPE: "invalid escape sequence in a double-quoted string",
  BAD_INDENT: "bad indentation",
  BAD_PROP_ORDER: "anchors and tags must come before the value",
  BAD_SCALAR_START: "a plain value cannot start with this character",
  BLOCK_AS_IMPLICIT_KEY: "a block value cannot be a key",
  BLOCK_IN_FLOW: "a block value cannot be inside [ ] or { }",
  DUPLICATE_KEY: "a key is given twice",
  KEY_OVER_1024_CHARS: "an implicit key is longer than 1024 characters",
  MISSING_CHAR: "a closing character is missing",
  MULTILINE_IMPLICIT_KEY: "an implicit key must be on one line",
  MULTIPLE_ANCHORS: "a value has two anchors",
  MULTIPLE_DOCS: "more than one document",
  MULTIPLE_TAGS: "a value has two tags",
  NON_STRING_KEY: "a key is not a string",
  RESOURCE_EXHAUSTION: "the document is too complex",
  TAB_AS_INDENT: "tabs cannot indent",
  TAG_RESOLVE_FAILED: "unknown tag",
  UNEXPECTED_TOKEN: "unexpected character",
  BAD_COLLECTION_TYPE: "wrong collection type for its tag",
};

/**
 * The offset where a YAML text may nest deeper than `limit`, found with the package's lexer
 * (flat and fast) before its parser (which recurses, and slows down on deep input): flow
 * brackets open levels, and `-`, `?` and `:` indicators on one line may each open one more.
 * An upper bound: it may overcount, never undercount the cheap ways to nest.
 */
function yamlNestingOffset(text: string, limit: number): number | undefined {
  let offset = 0;
  let flow = 0;
  let onLine = 0;
  let scalarNext = false;
  const { CST, Lexer } = yamlLibrary();
  for (const token of new Lexer().lex(text)) {
    const start = offset;
    if (scalarNext) {
      // The source of a scalar: its characters are text, not indicators.
      scalarNext = false;
      offset += token.length;
      continue;
    }
    const type = CST.tokenType(token);
    // The lexer's control tokens mark a context and stand for no characters of the text.
    if (type !== "doc-mode" && type !== "flow-error-end" && type !== "scalar")
      offset += token.length;
    switch (type) {
      case "scalar":
        scalarNext = true;
        continue;
      case "flow-seq-start":
      case "flow-map-start":
        flow++;
        break;
      case "flow-seq-end":
      case "flow-map-end":
        if (flow > 0) flow--;
        continue;
      case "seq-item-ind":
      case "explicit-key-ind":
      case "map-value-ind":
        onLine++;
        break;
      case "newline":
        onLine = 0;
        continue;
      default:
        continue;
    }
    if (flow + onLine > limit) return start;
  }
  return undefined;
}
