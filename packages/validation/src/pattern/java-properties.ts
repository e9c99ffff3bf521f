// Java's `\p{…}` names, for patterns written for java.util.regex (as many AWS models are): the
// POSIX classes (US-ASCII, Java's default), `\p{IsAlphabetic}`-style binary properties, `Is`/`In`
// prefixes, `gc=`/`sc=` keys, and the `java…` methods that have a Unicode property equivalent.
// Each becomes the ECMAScript property (or ASCII ranges) with the same code points.

import { CharSet } from "./char-set.js";
import { isEcmaProperty } from "./unicode-properties.js";

/** POSIX classes: ASCII ranges, as Java defines them without UNICODE_CHARACTER_CLASS. */
const POSIX: Record<string, readonly number[]> = {
  Lower: [0x61, 0x7a],
  Upper: [0x41, 0x5a],
  ASCII: [0x00, 0x7f],
  Alpha: [0x41, 0x5a, 0x61, 0x7a],
  Digit: [0x30, 0x39],
  Alnum: [0x30, 0x39, 0x41, 0x5a, 0x61, 0x7a],
  Punct: [0x21, 0x2f, 0x3a, 0x40, 0x5b, 0x60, 0x7b, 0x7e],
  Graph: [0x21, 0x7e],
  Print: [0x20, 0x7e],
  Blank: [0x20, 0x20, 0x09, 0x09],
  Cntrl: [0x00, 0x1f, 0x7f, 0x7f],
  XDigit: [0x30, 0x39, 0x41, 0x46, 0x61, 0x66],
  Space: [0x09, 0x0d, 0x20, 0x20],
  L1: [0x00, 0xff],
  all: [0x00, 0x10ffff],
};

/** Java's binary properties (`\p{IsAlphabetic}`), keyed by name without case, `_`, `-` or spaces. */
const BINARY: Record<string, string> = {
  alphabetic: "Alphabetic",
  ideographic: "Ideographic",
  letter: "L",
  lowercase: "Lowercase",
  uppercase: "Uppercase",
  titlecase: "Lt",
  punctuation: "P",
  control: "Cc",
  whitespace: "White_Space",
  digit: "Nd",
  hexdigit: "Hex_Digit",
  joincontrol: "Join_Control",
  noncharactercodepoint: "Noncharacter_Code_Point",
  emoji: "Emoji",
  emojipresentation: "Emoji_Presentation",
  emojimodifier: "Emoji_Modifier",
  emojimodifierbase: "Emoji_Modifier_Base",
  emojicomponent: "Emoji_Component",
  extendedpictographic: "Extended_Pictographic",
};

/** `java.lang.Character` methods with a Unicode property of the same code points. */
const JAVA_METHODS: Record<string, string> = {
  javaLowerCase: "Lowercase",
  javaUpperCase: "Uppercase",
  javaAlphabetic: "Alphabetic",
  javaIdeographic: "Ideographic",
  javaTitleCase: "Lt",
  javaDigit: "Nd",
  javaLetter: "L",
};

/**
 * The set Java gives `\p{name}`, or `undefined` when Java has no such property or this module
 * has no equivalent for it (Unicode blocks, for one).
 */
export function javaProperty(name: string): CharSet | undefined {
  if (Object.hasOwn(POSIX, name)) return CharSet.fromRanges(POSIX[name]!);
  if (Object.hasOwn(JAVA_METHODS, name)) return CharSet.property(JAVA_METHODS[name]!);
  if (name === "LD") return CharSet.property("L").union(CharSet.property("Nd"));
  const eq = name.indexOf("=");
  if (eq >= 0) {
    const key = name.slice(0, eq).toLowerCase();
    const value = name.slice(eq + 1);
    if (key === "sc" || key === "script") return script(value);
    if (key === "gc" || key === "general_category") return category(value);
    return undefined;
  }
  if (name.startsWith("Is")) {
    const rest = name.slice(2);
    const key = rest.toLowerCase().replace(/[\s_-]/g, "");
    if (Object.hasOwn(BINARY, key)) return CharSet.property(BINARY[key]!);
    if (key === "assigned") return CharSet.property("Cn", true);
    return category(rest) ?? script(rest);
  }
  return category(name);
}

function category(name: string): CharSet | undefined {
  return /^(?:[A-Z][a-z]?|LC)$/.test(name) && isEcmaProperty(`General_Category=${name}`)
    ? CharSet.property(name)
    : undefined;
}

/** Java matches script names without case; ECMAScript wants them capitalized (`Latin`, `Old_Italic`). */
function script(name: string): CharSet | undefined {
  const spelled = name
    .toLowerCase()
    .split("_")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join("_");
  for (const candidate of [name, spelled]) {
    if (isEcmaProperty(`Script=${candidate}`)) return CharSet.property(`Script=${candidate}`);
  }
  return undefined;
}
