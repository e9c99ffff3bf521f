// Safe HTML by construction: a page is built only from `Html` values, and the only ways to make
// one are the `markup` template (which escapes every interpolated string) and `renderMarkdown`
// (which refuses raw HTML). Model text is untrusted — a hostile model's documentation, shape or
// member name must never become markup — so there is no "raw" escape hatch taking a string.

const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** A fragment of markup that is safe to place anywhere in a page body. */
export class Html {
  readonly #text: string;
  private constructor(text: string) {
    this.#text = text;
  }
  toString(): string {
    return this.#text;
  }
  /** For this package's own constants and the Markdown renderer only: never pass model text. */
  static trusted(text: string): Html {
    return new Html(text);
  }
}

/** Text as it must appear in element content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** What may be interpolated: text (escaped), markup, and lists of either (joined). */
export type HtmlPart = string | number | Html | null | undefined | false | readonly HtmlPart[];

function partText(part: HtmlPart): string {
  if (part === null || part === undefined || part === false) return "";
  if (part instanceof Html) return part.toString();
  if (Array.isArray(part)) return part.map(partText).join("");
  return escapeHtml(String(part));
}

/** Tagged template: `markup\`<p>${text}</p>\`` escapes `text`; `Html` parts go in as they are. */
export function markup(strings: TemplateStringsArray, ...parts: HtmlPart[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < parts.length; i++) out += partText(parts[i]) + strings[i + 1]!;
  return Html.trusted(out);
}

/**
 * A string usable as an element id or URL fragment from any model name: letters, digits, `-`
 * and `_` kept, anything else as `_xx` hex (so distinct names stay distinct).
 */
export function slug(name: string): string {
  return name.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.codePointAt(0)!.toString(16)}`);
}
