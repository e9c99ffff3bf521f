// Reads a Smithy `@pattern` into a PatternNode tree. Smithy patterns are ECMAScript regular
// expressions; AWS models also carry patterns written for java.util.regex. The rule:
// - a pattern that compiles as ECMAScript with the `u` flag means what ECMAScript says;
// - any other pattern is read with Java's additional syntax — inline flags `(?i)` `(?s)`,
//   `\A` `\z` `\Z`, `\Q…\E`, `\x{…}`, octal `\0nn`, `\e` `\a` `\h` `\R`, Java's `\p{…}` names,
//   possessive quantifiers, atomic groups, nested classes and `&&` intersections, quantified
//   assertions, a lone `{` or `}` as a literal, `]` first in a class, a `{n}` after a quantifier
//   (ignored) — each with Java's meaning; what both dialects write alike (`.`, `\s`, `$`, `\v`)
//   keeps its ECMAScript meaning.
// `(?i)` is Java's default, ASCII-only case folding. Errors are PatternError with the offset of
// the construct: `syntax` when no dialect accepts it, `unsupported` when it is valid but has no
// linear-time equivalent (backreferences, `\G`, the `m`/`x`/`u` flags, Unicode blocks).

import { CharSet } from "./char-set.js";
import { javaProperty } from "./java-properties.js";
import { alt, seq, type PatternNode } from "./pattern-ast.js";
import { PatternError } from "./pattern-error.js";
import { isEcmaProperty } from "./unicode-properties.js";

export type PatternDialect = "ecmascript" | "java";

export interface ParsedPattern {
  readonly node: PatternNode;
  readonly dialect: PatternDialect;
}

const DIGIT = CharSet.range(0x30, 0x39);
const WORD = CharSet.fromRanges([0x30, 0x39, 0x41, 0x5a, 0x5f, 0x5f, 0x61, 0x7a]);
/** ECMAScript's WhiteSpace and LineTerminator code points. */
const SPACE = CharSet.fromRanges([
  0x09, 0x0d, 0x20, 0x20, 0xa0, 0xa0, 0x1680, 0x1680, 0x2000, 0x200a, 0x2028, 0x2029, 0x202f,
  0x202f, 0x205f, 0x205f, 0x3000, 0x3000, 0xfeff, 0xfeff,
]);
/** Java's `\h`. */
const HORIZONTAL_SPACE = CharSet.fromRanges([
  0x09, 0x09, 0x20, 0x20, 0xa0, 0xa0, 0x1680, 0x1680, 0x180e, 0x180e, 0x2000, 0x200a, 0x202f,
  0x202f, 0x205f, 0x205f, 0x3000, 0x3000,
]);
const LINE_TERMINATORS = CharSet.of(0x0a, 0x0d, 0x2028, 0x2029);
/** Java's `\R` single-character line breaks (besides `\r\n`). */
const LINE_BREAKS = CharSet.fromRanges([0x0a, 0x0d, 0x85, 0x85, 0x2028, 0x2029]);

interface Flags {
  ignoreCase: boolean;
  dotAll: boolean;
}

export function parsePattern(source: string): ParsedPattern {
  const dialect: PatternDialect = compilesAsEcmaScript(source) ? "ecmascript" : "java";
  return { node: new Parser(source, dialect === "java").parse(), dialect };
}

export function compilesAsEcmaScript(source: string): boolean {
  try {
    new RegExp(source, "u");
    return true;
  } catch {
    return false;
  }
}

class Parser {
  #i = 0;

  constructor(
    readonly src: string,
    readonly java: boolean,
  ) {}

  parse(): PatternNode {
    const node = this.disjunction({ ignoreCase: false, dotAll: false });
    if (this.#i < this.src.length) this.fail("unmatched `)`");
    return node;
  }

  fail(detail: string, at = this.#i): never {
    throw new PatternError(detail, "syntax", this.src, at);
  }

  unsupported(detail: string, at = this.#i): never {
    throw new PatternError(detail, "unsupported", this.src, at);
  }

  get #c(): string | undefined {
    return this.src[this.#i];
  }

  disjunction(flags: Flags): PatternNode {
    const options = [this.alternative(flags)];
    while (this.#c === "|") {
      this.#i++;
      options.push(this.alternative(flags));
    }
    return alt(options);
  }

  alternative(flags: Flags): PatternNode {
    const items: PatternNode[] = [];
    while (this.#i < this.src.length && this.#c !== "|" && this.#c !== ")") {
      const at = this.#i;
      const atom = this.atom(flags);
      if (atom === undefined) continue;
      items.push(this.quantified(atom, at));
    }
    return seq(items);
  }

  quantified(atom: PatternNode, at: number): PatternNode {
    const bounds = this.quantifier();
    if (!bounds) return atom;
    let lazy = false;
    let possessive = false;
    if (this.#c === "?") {
      lazy = true;
      this.#i++;
    } else if (this.#c === "+" && this.java) {
      possessive = true;
      this.#i++;
    }
    // Java ignores a `{n,m}` written straight after another quantifier (`x{11}{0,1011}` is `x{11}`).
    while (this.java && this.#c === "{" && /^\{\d+(?:,\d*)?\}/.test(this.src.slice(this.#i)))
      this.quantifier();
    return { type: "repeat", body: atom, min: bounds[0], max: bounds[1], lazy, possessive, at };
  }

  /** `[min, max]` of a quantifier at the cursor (consumed), or undefined when there is none. */
  quantifier(): [number, number] | undefined {
    const c = this.#c;
    if (c === "*" || c === "+" || c === "?") {
      this.#i++;
      return c === "*" ? [0, Infinity] : c === "+" ? [1, Infinity] : [0, 1];
    }
    if (c !== "{") return undefined;
    const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.src.slice(this.#i));
    if (!m) {
      if (this.java) return undefined; // a literal `{`, read as the next atom
      this.fail("incomplete quantifier");
    }
    const min = Number(m[1]);
    const max = m[2] === undefined ? min : m[3] === "" ? Infinity : Number(m[3]);
    if (min > max) this.fail("numbers out of order in the `{}` quantifier");
    this.#i += m[0].length;
    return [min, max];
  }

  /** One atom; undefined for an inline flag group such as `(?i)`, which only changes `flags`. */
  atom(flags: Flags): PatternNode | undefined {
    const at = this.#i;
    const c = this.#c!;
    switch (c) {
      case "^":
        this.#i++;
        return { type: "assert", kind: "start", at };
      case "$":
        this.#i++;
        return { type: "assert", kind: "end", at };
      case ".":
        this.#i++;
        return { type: "set", set: flags.dotAll ? CharSet.ALL : LINE_TERMINATORS.complement() };
      case "(":
        return this.group(flags);
      case "[":
        return { type: "set", set: this.characterClass(flags) };
      case "\\":
        return this.atomEscape(flags);
      case "*":
      case "+":
      case "?":
        return this.fail("nothing to repeat");
      case "{":
        if (!this.java || /^\{\d+(?:,\d*)?\}/.test(this.src.slice(this.#i)))
          this.fail("nothing to repeat");
    }
    const cp = this.src.codePointAt(this.#i)!;
    this.#i += cp > 0xffff ? 2 : 1;
    return this.literal(cp, flags);
  }

  literal(cp: number, flags: Flags): PatternNode {
    const set = CharSet.of(cp);
    return { type: "set", set: flags.ignoreCase ? set.foldAsciiCase() : set };
  }

  group(flags: Flags): PatternNode | undefined {
    const at = this.#i;
    this.#i++;
    let node: PatternNode;
    if (this.#c !== "?") {
      node = this.disjunction({ ...flags });
    } else {
      const rest = this.src.slice(this.#i + 1);
      const look = /^(<?)([=!])/.exec(rest);
      if (rest.startsWith(":")) {
        this.#i += 2;
        node = this.disjunction({ ...flags });
      } else if (look) {
        this.#i += 1 + look[0].length;
        const body = this.disjunction({ ...flags });
        node = { type: "look", behind: look[1] === "<", negated: look[2] === "!", body, at };
      } else if (rest.startsWith("<")) {
        const name = /^<([A-Za-z_$][\w$]*)>/.exec(rest);
        if (!name) this.fail("invalid group name");
        this.#i += 1 + name[0].length;
        node = this.disjunction({ ...flags });
      } else if (rest.startsWith(">") && this.java) {
        this.#i += 2;
        node = { type: "atomic", body: this.disjunction({ ...flags }), at };
      } else {
        const m = /^([A-Za-z]*)(?:-([A-Za-z]*))?([:)])/.exec(rest);
        if (!m || (m[1] === "" && m[2] === undefined)) this.fail("invalid group");
        const scoped = this.applyFlags(
          m[3] === ")" ? flags : { ...flags },
          m[1]!,
          m[2] ?? "",
          this.#i + 1,
        );
        this.#i += 1 + m[0].length;
        if (m[3] === ")") return undefined;
        node = this.disjunction(scoped);
      }
    }
    if (this.#c !== ")") this.fail("unterminated group", at);
    this.#i++;
    return node;
  }

  applyFlags(flags: Flags, on: string, off: string, at: number): Flags {
    for (const [letters, value] of [
      [on, true],
      [off, false],
    ] as const) {
      for (const f of letters) {
        if (f === "i") flags.ignoreCase = value;
        else if (f === "s") flags.dotAll = value;
        else if ("muxdU".includes(f)) this.unsupported(`the inline flag \`${f}\``, at);
        else this.fail(`unknown inline flag \`${f}\``, at);
      }
    }
    return flags;
  }

  atomEscape(flags: Flags): PatternNode {
    const at = this.#i;
    const c = this.src[this.#i + 1];
    if (c === undefined) this.fail("`\\` at the end of the pattern");
    const assertion = (kind: "start" | "end" | "end-z" | "word" | "not-word"): PatternNode => {
      this.#i += 2;
      return { type: "assert", kind, at };
    };
    if (c === "b") return assertion("word");
    if (c === "B") return assertion("not-word");
    if (this.java) {
      if (c === "A") return assertion("start");
      if (c === "z") return assertion("end");
      if (c === "Z") return assertion("end-z");
      if (c === "G") this.unsupported("`\\G` (end of the previous match)");
      if (c === "R") {
        this.#i += 2;
        return alt([
          seq([
            { type: "set", set: CharSet.of(0x0d) },
            { type: "set", set: CharSet.of(0x0a) },
          ]),
          { type: "set", set: LINE_BREAKS },
        ]);
      }
      if (c === "Q") return seq(this.quoted().map((cp) => this.literal(cp, flags)));
      if (c === "X") this.unsupported("`\\X` (grapheme clusters)");
    }
    if (/[1-9]/.test(c) || c === "k") this.unsupported("backreferences");
    const set = this.classEscape(flags);
    if (set) return { type: "set", set };
    return this.literal(this.characterEscape(), flags);
  }

  /** `\Q…\E` (cursor on the backslash): the quoted code points. */
  quoted(): number[] {
    this.#i += 2;
    const end = this.src.indexOf("\\E", this.#i);
    const text = this.src.slice(this.#i, end < 0 ? undefined : end);
    this.#i = end < 0 ? this.src.length : end + 2;
    return Array.from(text, (ch) => ch.codePointAt(0)!);
  }

  /** A class escape (`\d`, `\p{L}`, …) at the cursor, consumed; undefined when it is none. */
  classEscape(flags: Flags): CharSet | undefined {
    const c = this.src[this.#i + 1]!;
    const fixed: Record<string, CharSet> = { d: DIGIT, w: WORD, s: SPACE };
    if (this.java) fixed.h = HORIZONTAL_SPACE;
    const lower = c.toLowerCase();
    if (Object.hasOwn(fixed, lower)) {
      this.#i += 2;
      return c === lower ? fixed[lower]! : fixed[lower]!.complement();
    }
    if (c !== "p" && c !== "P") return undefined;
    const at = this.#i;
    this.#i += 2;
    let name: string;
    if (this.#c === "{") {
      const close = this.src.indexOf("}", this.#i);
      if (close < 0) this.fail("unterminated `\\p{`", at);
      name = this.src.slice(this.#i + 1, close);
      this.#i = close + 1;
    } else if (this.java && this.#c !== undefined && /[A-Za-z]/.test(this.#c)) {
      name = this.#c;
      this.#i++;
    } else {
      this.fail("`\\p` needs a property name in braces", at);
    }
    let set = this.java ? javaProperty(name) : undefined;
    if (set === undefined && isEcmaProperty(name)) set = CharSet.property(name);
    if (set === undefined) {
      if (this.java && /^(?:In|blk=|block=)/i.test(name))
        this.unsupported(`the Unicode block \`\\p{${name}}\``, at);
      this.fail(`unknown Unicode property \`${name}\``, at);
    }
    if (flags.ignoreCase) set = set.foldAsciiCase();
    return c === "P" ? negate(set) : set;
  }

  /** A single-code-point escape (cursor on the backslash), consumed. */
  characterEscape(): number {
    const at = this.#i;
    const c = this.src[this.#i + 1]!;
    this.#i += 2;
    const simple: Record<string, number> = { t: 9, n: 10, v: 11, f: 12, r: 13 };
    if (this.java) Object.assign(simple, { e: 0x1b, a: 0x07 });
    if (Object.hasOwn(simple, c)) return simple[c]!;
    switch (c) {
      case "0": {
        if (!this.java) return 0;
        const octal = /^(?:[0-3][0-7]{0,2}|[0-7]{1,2})/.exec(this.src.slice(this.#i));
        if (!octal) return 0;
        this.#i += octal[0].length;
        return parseInt(octal[0], 8);
      }
      case "c": {
        const letter = this.#c;
        if (letter === undefined || (!this.java && !/[A-Za-z]/.test(letter)))
          this.fail("invalid `\\c` escape", at);
        this.#i++;
        const code = letter.codePointAt(0)!;
        return this.java ? code ^ 64 : code % 32;
      }
      case "x": {
        const m = (
          this.java ? /^(?:\{([0-9A-Fa-f]+)\}|([0-9A-Fa-f]{2}))/ : /^()([0-9A-Fa-f]{2})/
        ).exec(this.src.slice(this.#i));
        if (!m) this.fail("invalid `\\x` escape", at);
        this.#i += m[0].length;
        return this.codePoint(parseInt(m[1] || m[2]!, 16), at);
      }
      case "u": {
        const braced = /^\{([0-9A-Fa-f]+)\}/.exec(this.src.slice(this.#i));
        if (braced && !this.java) {
          this.#i += braced[0].length;
          return this.codePoint(parseInt(braced[1]!, 16), at);
        }
        const m = /^[0-9A-Fa-f]{4}/.exec(this.src.slice(this.#i));
        if (!m) this.fail("invalid `\\u` escape", at);
        this.#i += 4;
        const unit = parseInt(m[0], 16);
        const trail = /^\\u([Dd][C-Fc-f][0-9A-Fa-f]{2})/.exec(this.src.slice(this.#i));
        if (unit >= 0xd800 && unit <= 0xdbff && trail) {
          this.#i += 6;
          return 0x10000 + ((unit - 0xd800) << 10) + (parseInt(trail[1]!, 16) - 0xdc00);
        }
        return unit;
      }
    }
    if (/[A-Za-z0-9]/.test(c)) this.fail(`unknown escape \`\\${c}\``, at);
    // An escaped symbol is the symbol (a surrogate pair counts as one).
    const cp = this.src.codePointAt(this.#i - 1)!;
    if (cp > 0xffff) this.#i++;
    return cp;
  }

  codePoint(value: number, at: number): number {
    if (value > 0x10ffff) this.fail("code point out of range", at);
    return value;
  }

  /** `[…]` at the cursor, consumed. */
  characterClass(flags: Flags): CharSet {
    const at = this.#i;
    this.#i++;
    const negated = this.#c === "^";
    if (negated) this.#i++;
    const operands: CharSet[] = [];
    let current = CharSet.EMPTY;
    // Java reads a `]` right after `[` or `[^` as a literal; ECMAScript's `[]` is the empty class.
    if (this.java && this.#c === "]") {
      current = CharSet.of(0x5d);
      this.#i++;
    }
    for (;;) {
      const c = this.#c;
      if (c === undefined) this.fail("unterminated character class", at);
      if (c === "]") {
        this.#i++;
        break;
      }
      if (this.java && c === "[") {
        current = current.union(this.characterClass(flags));
        continue;
      }
      if (this.java && c === "&" && this.src[this.#i + 1] === "&") {
        this.#i += 2;
        operands.push(current);
        current = CharSet.EMPTY;
        continue;
      }
      const start = this.classAtom(flags);
      if (
        this.#c === "-" &&
        this.src[this.#i + 1] !== "]" &&
        this.src[this.#i + 1] !== undefined &&
        typeof start === "number"
      ) {
        const dash = this.#i;
        this.#i++;
        const end = this.classAtom(flags);
        if (typeof end === "number") {
          if (end < start) this.fail("range out of order in character class", dash);
          current = current.union(CharSet.range(start, end));
        } else {
          // Java reads `[a-\d]` as `a`, `-` and the class.
          if (!this.java) this.fail("invalid character class range", dash);
          current = current.union(CharSet.of(start, 0x2d)).union(end);
        }
        continue;
      }
      current = current.union(typeof start === "number" ? CharSet.of(start) : start);
    }
    operands.push(current);
    let set = operands.reduce((a, b) => a.intersect(b));
    if (flags.ignoreCase) set = set.foldAsciiCase();
    return negated ? negate(set) : set;
  }

  /** One class member: a code point, or a set for a class escape. */
  classAtom(flags: Flags): number | CharSet {
    if (this.#c !== "\\") {
      const cp = this.src.codePointAt(this.#i)!;
      this.#i += cp > 0xffff ? 2 : 1;
      return cp;
    }
    const c = this.src[this.#i + 1];
    if (c === undefined) this.fail("`\\` at the end of the pattern");
    if (c === "b") {
      this.#i += 2;
      return 0x08;
    }
    if (c === "-") {
      this.#i += 2;
      return 0x2d;
    }
    if (this.java && c === "Q") return CharSet.of(...this.quoted());
    if (/[1-9]/.test(c)) this.fail("backreference in a character class");
    // Case folding of a class happens once for the whole class.
    return this.classEscape({ ...flags, ignoreCase: false }) ?? this.characterEscape();
  }
}

/** The complement, keeping a lone property a property term (`\P{L}`) so it prints back as one. */
function negate(set: CharSet): CharSet {
  if (set.ranges.length === 0 && set.properties.length === 1 && !set.negated) {
    const p = set.properties[0]!;
    return CharSet.property(p.name, !p.negated);
  }
  return set.complement();
}
