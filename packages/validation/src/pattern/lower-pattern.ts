// Rewrites the Java-only constructs that neither engine has into plain ones with the same
// matches, or rejects them as unsupported:
// - a quantified assertion (`${1,128}`, `(?!\.)+`) is the assertion (or nothing, when optional);
// - a possessive quantifier or atomic group is its greedy form when giving characters back could
//   never help the rest of the pattern: the group has no choices (`\d{2}+`), or it repeats one
//   set that nothing after it can start with (`[/]?+[a-z]+`);
// - `\Z` (end, or before a final line terminator) is that optional terminator then the end, when
//   nothing follows it.

import { CharSet } from "./char-set.js";
import { alt, EMPTY, isZeroWidth, seq, someNode, type PatternNode } from "./pattern-ast.js";
import { PatternError } from "./pattern-error.js";

/** What may come after a node: the first characters it can consume and what it can test first. */
interface Follow {
  readonly set: CharSet;
  /** The rest can complete the match without consuming anything. */
  readonly canEnd: boolean;
  /** A `\b`, `\B` or lookaround may be tested before the rest consumes a character. */
  readonly assertion: boolean;
}

const END: Follow = { set: CharSet.EMPTY, canEnd: true, assertion: false };
/** Java's line terminators, which `\Z` may stand before. */
const TERMINATOR: PatternNode = {
  type: "repeat",
  body: alt([
    seq([
      { type: "set", set: CharSet.of(0x0d) },
      { type: "set", set: CharSet.of(0x0a) },
    ]),
    { type: "set", set: CharSet.fromRanges([0x0a, 0x0a, 0x0d, 0x0d, 0x85, 0x85, 0x2028, 0x2029]) },
  ]),
  min: 0,
  max: 1,
  lazy: false,
  possessive: false,
  at: 0,
};

export function lowerPattern(node: PatternNode, source: string): PatternNode {
  return lower(node, END, source);
}

function lower(node: PatternNode, follow: Follow, source: string): PatternNode {
  const unsupported = (detail: string, at: number): never => {
    throw new PatternError(detail, "unsupported", source, at);
  };
  switch (node.type) {
    case "set":
      return node;
    case "assert":
      if (node.kind !== "end-z") return node;
      if (!follow.set.isEmpty || follow.assertion)
        unsupported("`\\Z` before more of the pattern", node.at);
      return seq([TERMINATOR, { type: "assert", kind: "end", at: node.at }]);
    case "seq": {
      const out: PatternNode[] = new Array<PatternNode>(node.items.length);
      let f = follow;
      for (let k = node.items.length - 1; k >= 0; k--) {
        out[k] = lower(node.items[k]!, f, source);
        f = prepend(node.items[k]!, f);
      }
      return seq(out);
    }
    case "alt":
      return alt(node.options.map((o) => lower(o, follow, source)));
    case "look":
      return { ...node, body: lower(node.body, END, source) };
    case "atomic": {
      const body = lower(node.body, follow, source);
      if (!atomicIsGreedy(body, follow))
        unsupported("an atomic group that may need to give characters back", node.at);
      return body;
    }
    case "repeat": {
      if (isZeroWidth(node.body)) return node.min === 0 ? EMPTY : lower(node.body, follow, source);
      const first = firstOf(node.body);
      const again: Follow = {
        set: first.set.union(follow.set),
        canEnd: follow.canEnd,
        assertion: follow.assertion || first.assertion,
      };
      const lowered: PatternNode = {
        ...node,
        body: lower(node.body, again, source),
        possessive: false,
      };
      if (node.possessive && !atomicIsGreedy(lowered, follow)) {
        unsupported("a possessive quantifier that may need to give characters back", node.at);
      }
      return lowered;
    }
  }
}

/** True when matching `node` atomically (never giving characters back) changes no result. */
function atomicIsGreedy(node: PatternNode, follow: Follow): boolean {
  const hasChoice = someNode(
    node,
    (n) => n.type === "alt" || (n.type === "repeat" && n.min !== n.max) || n.type === "look",
  );
  if (!hasChoice) return true;
  // One set, repeated: giving back a character leaves the rest facing a character of that set.
  return (
    node.type === "repeat" &&
    node.body.type === "set" &&
    !follow.assertion &&
    !node.body.set.overlaps(follow.set)
  );
}

interface First {
  readonly set: CharSet;
  readonly nullable: boolean;
  readonly assertion: boolean;
}

function firstOf(node: PatternNode): First {
  switch (node.type) {
    case "set":
      return { set: node.set, nullable: false, assertion: false };
    case "assert":
      return {
        set: CharSet.EMPTY,
        nullable: true,
        assertion: node.kind === "word" || node.kind === "not-word",
      };
    case "look":
      return { set: CharSet.EMPTY, nullable: true, assertion: true };
    case "seq": {
      let f: Follow = { set: CharSet.EMPTY, canEnd: true, assertion: false };
      for (let k = node.items.length - 1; k >= 0; k--) f = prepend(node.items[k]!, f);
      return { set: f.set, nullable: f.canEnd, assertion: f.assertion };
    }
    case "alt": {
      const parts = node.options.map(firstOf);
      return {
        set: parts.reduce((s, p) => s.union(p.set), CharSet.EMPTY),
        nullable: parts.some((p) => p.nullable),
        assertion: parts.some((p) => p.assertion),
      };
    }
    case "repeat": {
      const body = firstOf(node.body);
      return { ...body, nullable: body.nullable || node.min === 0 };
    }
    case "atomic":
      return firstOf(node.body);
  }
}

/** The follow of the node before `item`. */
function prepend(item: PatternNode, follow: Follow): Follow {
  const f = firstOf(item);
  return {
    set: f.nullable ? f.set.union(follow.set) : f.set,
    canEnd: f.nullable && follow.canEnd,
    assertion: f.assertion || (f.nullable && follow.assertion),
  };
}
