// Text an emitter may put into a file it lays out itself, because prettier writes it back as
// it is: the predicates every laid-out module and README shares, so that what counts as plain
// is decided in one place.

/** A JavaScript identifier (ASCII): a name prettier never quotes or changes. */
export const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** A double-quoted string literal prettier keeps as written: no `"` (it may pick `'`), no escape, printable ASCII. */
export const PLAIN_STRING_LITERAL = /^"[\x20-\x21\x23-\x5b\x5d-\x7e]*"$/;

/** Markdown prose prettier writes as it is: no emphasis, link, escape, list marker or double space. */
export const PLAIN_MARKDOWN_WORDS = /^[A-Za-z0-9.,()&'/:-]+(?: [A-Za-z0-9.,()&'/:-]+)*$/;

/** An npm package name with nothing markdown, a string literal or a template would change. */
export const PLAIN_NPM_NAME = /^(?:@[a-z0-9-]+\/)?[a-z0-9][a-z0-9.-]*$/;
