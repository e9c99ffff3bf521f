// The one converter from a `smithy.api#documentation` value to text, for every emitter. Real AWS
// models write documentation as HTML (`<p>`, `<code>`, `<a href>`, `<ul><li>`, `<note>`).
// The default form is for TSDoc, which editors render as Markdown: HTML becomes the Markdown a
// reader would have written (paragraphs separated by blank lines, `- ` list items, `code` in
// backticks, [links](url)); documentation without tags (IDL `///` comments, already CommonMark)
// passes through as is. The `oneLine` form is what the validators print (JSON Schema
// descriptions, validator TSDoc): tags dropped, whitespace runs made one space, entities as
// written, so those packages keep the bytes they always had. (`@shapekit/cli` renders the raw
// documentation a generated CLI carries at run time, in its own package: a runtime does not
// load the generator's model.)

// Linear time on any text: a tag's body stops at the next `<` as well as at `>`, so a match
// tried at each of many `<` without a `>` scans only to the next `<`, not to the end of the
// text each time (100,000 of them took minutes). No real tag has a `<` inside it. For the same
// reason a comment stops at the next `<!--`: one without its `-->` before it is text.
const ANY_TAG = /<\/?[A-Za-z][^<>]*>/;
const TOKEN = /<!--(?:(?!<!--|-->)[\s\S])*-->|<(\/?)([A-Za-z][A-Za-z0-9]*)([^<>]*)>|[^<]+|</g;

/** Tags that start a new block; everything else is inline and only its text survives. */
// prettier-ignore
const BLOCK_TAGS: ReadonlySet<string> = new Set([
  "p", "div", "note", "important", "ul", "ol", "li", "dl", "dt", "dd", "br", "pre", "table", "tr",
  "h1", "h2", "h3", "h4", "h5", "h6", "fullname", "examples", "example", "section", "blockquote",
]);

const ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
};

/** A numeric reference past Unicode's last code point stays as written (fromCodePoint would throw). */
function codePoint(whole: string, code: number): string {
  return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, name: string) => {
    if (name.startsWith("#x")) return codePoint(whole, Number.parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return codePoint(whole, Number.parseInt(name.slice(1), 10));
    return Object.hasOwn(ENTITIES, name) ? ENTITIES[name]! : whole;
  });
}

/**
 * Each line without its trailing spaces and tabs, a line ending at `\n`, `\r`, U+2028 or U+2029 (as
 * `$` does in a multiline pattern). By hand: `/[ \t]+$/gm` retries at every blank of a run that
 * does not end its line and scans the rest of the run each time.
 */
export function trimLineEnds(text: string): string {
  // Split with the line breaks kept: lines at even indexes, breaks at odd ones.
  return text
    .split(/([\n\r\u2028\u2029])/)
    .map((piece, i) => {
      if (i % 2 === 1) return piece;
      let end = piece.length;
      while (end > 0 && (piece[end - 1] === " " || piece[end - 1] === "\t")) end--;
      return piece.slice(0, end);
    })
    .join("");
}

interface Block {
  readonly text: string;
  readonly listDepth: number;
  readonly isItem: boolean;
}

export interface DocumentationTextOptions {
  /**
   * `markdown` (default): HTML made Markdown, entities decoded, paragraphs and lists kept.
   * `oneLine`: every tag dropped, whitespace runs made one space, entities left as written.
   */
  readonly form?: "markdown" | "oneLine";
}

/**
 * The documentation as plain text: no HTML tags, no leading or trailing blanks; Markdown unless
 * `options.form` is `oneLine`.
 */
export function documentationText(
  documentation: string,
  options: DocumentationTextOptions = {},
): string {
  if (options.form === "oneLine") {
    return documentation
      .replace(/<[^<>]*>/g, "")
      .replace(/\s+/g, " ")
      .trim();
  }
  if (!ANY_TAG.test(documentation)) {
    return trimLineEnds(documentation.replace(/\r\n?/g, "\n")).trim();
  }
  const blocks: Block[] = [];
  let current = "";
  let listDepth = 0;
  let itemOpen = false;
  const links: Array<{ start: number; href: string | undefined }> = [];
  const codes: number[] = [];

  const flush = () => {
    const text = current.replace(/\s+/g, " ").trim();
    if (text.length > 0) blocks.push({ text, listDepth, isItem: itemOpen });
    current = "";
    itemOpen = false;
  };

  for (const match of documentation.matchAll(TOKEN)) {
    const [whole, closing, rawName, attributes] = match;
    if (whole.startsWith("<!--")) continue;
    if (rawName === undefined) {
      current += decodeEntities(whole);
      continue;
    }
    const name = rawName.toLowerCase();
    if (BLOCK_TAGS.has(name)) {
      // A paragraph inside a list item continues the item rather than ending it.
      if (!(name === "p" && itemOpen && current.trim() === "")) flush();
      if (name === "ul" || name === "ol") listDepth = Math.max(0, listDepth + (closing ? -1 : 1));
      if (name === "li" && !closing) itemOpen = true;
      continue;
    }
    if (name === "code" && !closing) codes.push(current.length);
    else if (name === "code" && closing) {
      const start = codes.pop() ?? current.length;
      const code = current.slice(start).replace(/\s+/g, " ").trim();
      current = current.slice(0, start) + (code.length > 0 ? `\`${code}\`` : "");
    } else if (name === "a" && !closing) {
      links.push({
        start: current.length,
        href: /href\s*=\s*"([^"]*)"/i.exec(attributes ?? "")?.[1],
      });
    } else if (name === "a" && closing) {
      const link = links.pop();
      const text = current.slice(link?.start ?? current.length).trim();
      if (link?.href && text.length > 0) {
        current = `${current.slice(0, link.start)}[${text}](${decodeEntities(link.href)})`;
      }
    }
  }
  flush();

  let out = "";
  blocks.forEach((block, i) => {
    const previous = blocks[i - 1];
    if (previous) out += previous.isItem && block.isItem ? "\n" : "\n\n";
    out += block.isItem
      ? `${"  ".repeat(Math.max(0, block.listDepth - 1))}- ${block.text}`
      : block.text;
  });
  return out;
}
