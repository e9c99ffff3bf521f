// Documentation written in HTML (AWS models: service-2.json and the public Smithy models of AWS
// services) as the Markdown a help page prints, the way the AWS CLI renders it to text:
// paragraphs, `code`, [links](url), bulleted lists, and `<note>`/`<important>` as headed
// sections ("### Note"). Markdown documentation (our own spec) passes through unchanged: only
// text that starts with a tag is treated as HTML.

const ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code =
        name[1] === "x" || name[1] === "X"
          ? parseInt(name.slice(2), 16)
          : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return Object.hasOwn(ENTITIES, name.toLowerCase()) ? ENTITIES[name.toLowerCase()]! : whole;
  });
}

/** Whether documentation is HTML rather than Markdown. */
export function isHtmlDocumentation(documentation: string): boolean {
  return /^\s*<[a-z][a-z0-9]*[\s>/]/i.test(documentation);
}

// Every pattern below runs in linear time on any text (a model's documentation is input): a
// tag's body and a link's target stop at the next `<` or `>`, and a link's label at the next
// `<a`, so a match tried at each of many unclosed tags scans only to the next one rather than
// to the end of the text each time. No real tag has a `<` inside it.
const LINK = /<a\s[^<>]*?href="([^"<>]*)"[^<>]*>((?:(?!<\/?a[\s>])[\s\S])*?)<\/a>/gi;
const ANY_TAG = /<[^<>]*>/g;

/** HTML documentation as Markdown paragraphs; other text unchanged. */
export function documentationMarkdown(documentation: string): string {
  if (!isHtmlDocumentation(documentation)) return documentation;
  const text = documentation
    .replace(/\s+/g, " ")
    .replace(LINK, (_, href: string, label: string) => `[${label.trim()}](${href})`)
    .replace(/<\/?(code|tt)>/gi, "`")
    .replace(/<\/?(b|strong)>/gi, "**")
    .replace(/<\/?(i|em)>/gi, "*")
    .replace(
      /<(note|important)>/gi,
      (_, kind: string) => `\n\n### ${kind[0]!.toUpperCase()}${kind.slice(1).toLowerCase()}\n\n`,
    )
    .replace(/<li>/gi, "\n- ")
    .replace(/<\/?(p|ul|ol|note|important|div|br)\s*\/?>/gi, "\n\n")
    .replace(ANY_TAG, "");
  return decodeEntities(text)
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .replace(/\n\n(?=- )/g, "\n")
    .trim();
}
