// Text from a model on its way to a terminal (help pages and messages of @shapekit/cli, the
// generator's diagnostics). A help page prints the model's documentation, and a model is
// anyone's text: an escape sequence in it would clear the screen, retitle the
// window or recolour what follows, and a bidirectional override would make a line read other
// than it is. Those characters are shown as U+FFFD, one for one; line breaks and tabs, which
// the page is laid out with, stay.

/** C0 controls but tab and line feed, DEL, C1 controls, bidirectional embeddings and isolates. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every character a terminal would act on rather than show as U+FFFD. */
export function terminalText(text: string): string {
  return text.replace(UNPRINTABLE, "\ufffd");
}
