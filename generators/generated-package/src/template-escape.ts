// Text written by an emitter into a template's output where the template itself would have
// written `{{value}}`: escaped as handlebars escapes it, so that a README whose code examples an
// emitter now lays out stays byte for byte what the template made of it before.

const HTML_ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#x27;",
  "`": "&#x60;",
  "=": "&#x3D;",
};

/** `text` as `{{text}}` writes it in a handlebars template. */
export function handlebarsEscaped(text: string): string {
  return text.replace(/[&<>"'`=]/g, (c) => HTML_ENTITIES[c]!);
}
