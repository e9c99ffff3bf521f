// Command lines for one operation, generated from its CLI description (the model's members and
// their types), deterministic for a seed: what the fleet conformance run asks the AWS CLI and
// ShapeKit alike. Every member type gets its own spellings (strings, enums, numbers, booleans as
// flags, timestamps in several forms, blobs, lists as separate words, structures and maps as
// shorthand and as JSON, documents as JSON, lists of structures nested inside shorthand), and
// each operation also gets lines meant to fail: an unknown option, a missing required option and
// a value of the wrong type. Which lines are "accepted" is for the AWS CLI to say, not for us.

import { seededRandom } from "../seeded-random.mjs";

const TIMESTAMPS = [
  "2024-01-02T03:04:05Z",
  "2024-01-02T03:04:05",
  "2024-01-02",
  "1704164645",
  "2024-01-02T03:04:05.250+02:00",
  "1704164645.5",
];
const MAX_DEPTH = 3;

/** A 32-bit hash of a text (FNV-1a): seeds per service and operation, stable across runs. */
export function hashSeed(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0 || 1;
}

/** `n` operation names out of `names`, chosen by the seed (all of them when n >= names.length), in the given order. */
export function sampleOperations(names, n, seed) {
  if (n === undefined || n >= names.length) return [...names];
  const ranked = names
    .map((name) => [hashSeed(`${seed}:${name}`), name])
    .sort((a, b) => a[0] - b[0]);
  const chosen = new Set(ranked.slice(0, n).map(([, name]) => name));
  return names.filter((name) => chosen.has(name));
}

function valueGenerator(shapes, rng) {
  const { random, pick } = rng;
  const word = () => `v${Math.floor(random() * 1000)}`;
  function value(key, depth, seen) {
    const shape = shapes[key];
    switch (shape.type) {
      case "string":
        if (shape.enum && shape.enum.length > 0) return pick(shape.enum);
        return random() < 0.15 ? `${word()},${word()}` : word();
      case "integer":
      case "long":
        return 1 + Math.floor(random() * 50);
      case "float":
      case "double":
        return pick([1.5, 2, 0.25]);
      case "boolean":
        return random() < 0.5;
      case "timestamp":
        return { $timestamp: pick(TIMESTAMPS) };
      case "blob":
        return { $blob: pick(["aGVsbG8=", "hello"]) };
      case "document":
        return pick([{ k: "v", n: 1 }, [1, "a"], "text", 5]);
      case "list": {
        if (depth >= MAX_DEPTH) return [];
        const n = 1 + Math.floor(random() * 2);
        return Array.from({ length: n }, () => value(shape.member, depth + 1, seen));
      }
      case "map": {
        if (depth >= MAX_DEPTH) return {};
        const keyShape = shapes[shape.key];
        const keys = keyShape?.enum?.length
          ? keyShape.enum.slice(0, 2)
          : ["k1", "k2"].slice(0, 1 + Math.floor(random() * 2));
        return Object.fromEntries(keys.map((k) => [k, value(shape.value, depth + 1, seen)]));
      }
      case "structure": {
        const out = {};
        if (seen.has(shape.name) || depth >= MAX_DEPTH) {
          for (const m of shape.members)
            if (m.required && !seen.has(shapes[m.shape]?.name))
              out[m.name] = value(m.shape, depth + 1, new Set([...seen, shape.name]));
          return out;
        }
        const inner = new Set([...seen, shape.name]);
        const members = shape.union ? [pick(shape.members)].filter(Boolean) : shape.members;
        for (const m of members)
          if (shape.union || m.required || random() < 0.4)
            out[m.name] = value(m.shape, depth + 1, inner);
        return out;
      }
      default:
        return word();
    }
  }
  return value;
}

/** The JSON a user would type for a generated value (timestamps and blobs as their text). */
function toJson(v) {
  return JSON.stringify(v, (_k, x) =>
    x && typeof x === "object" && "$timestamp" in x
      ? x.$timestamp
      : x && typeof x === "object" && "$blob" in x
        ? x.$blob
        : x,
  );
}

function shorthandScalar(v) {
  if (v && typeof v === "object" && "$timestamp" in v) return v.$timestamp;
  if (v && typeof v === "object" && "$blob" in v) return v.$blob;
  const text = String(v);
  return /[,=[\]{}\s'"]/.test(text) ? `"${text}"` : text;
}

/** Shorthand for a structure or map value; undefined where shorthand cannot say it (documents, empty lists). */
function shorthand(shapes, key, v, top) {
  const shape = shapes[key];
  if (shape.type === "document") return undefined;
  if (shape.type === "structure" || shape.type === "map") {
    const parts = [];
    for (const [name, x] of Object.entries(v)) {
      const memberKey =
        shape.type === "map" ? shape.value : shape.members.find((m) => m.name === name).shape;
      const inner = shorthand(shapes, memberKey, x, false);
      if (inner === undefined) return undefined;
      parts.push(`${name}=${inner}`);
    }
    if (parts.length === 0) return undefined;
    return top ? parts.join(",") : `{${parts.join(",")}}`;
  }
  if (shape.type === "list") {
    if (v.length === 0) return undefined;
    const items = v.map((x) => shorthand(shapes, shape.member, x, false));
    if (items.includes(undefined)) return undefined;
    return `[${items.join(",")}]`;
  }
  return shorthandScalar(v);
}

/** The words after the option name for a value, in one of the ways the CLI takes it. */
function renderWords(shapes, option, v, rng) {
  const shape = shapes[option.shape];
  switch (shape.type) {
    case "list": {
      const element = shapes[shape.member];
      if (rng.random() < 0.25 || v.length === 0) return [toJson(v)];
      if (element.type === "structure" || element.type === "map") {
        const words = v.map((x) => shorthand(shapes, shape.member, x, true));
        return words.includes(undefined) ? [toJson(v)] : words;
      }
      if (element.type === "list" || element.type === "document") return [toJson(v)];
      return v.map((x) => shorthandScalar(x).replace(/^"(.*)"$/, "$1"));
    }
    case "structure":
    case "map": {
      const text = rng.random() < 0.5 ? shorthand(shapes, option.shape, v, true) : undefined;
      return [text ?? toJson(v)];
    }
    case "document":
      return [toJson(v)];
    default:
      return [toJson(v).replace(/^"(.*)"$/, "$1")];
  }
}

/**
 * The command lines for one operation (`description`: its CLI description), each
 * `{ argv, kind }` with kind "valid-looking" or one of the invalid kinds ("unknown-option",
 * "missing-required", "bad-value", "cli-input-json", "bad-cli-input-json"): a label for reports, not a verdict.
 */
/** The positional outfile of a streaming-output operation (never written: nothing is sent). */
const OUTFILE_WORD = "shapekit-conformance-outfile.bin";

/** Global options of the AWS CLI that change nothing in the request, as a user may write them. */
const GLOBAL_OPTION_WORDS = [
  ["--region", "us-west-2"],
  ["--reg=eu-west-1"],
  ["--output", "text"],
  ["--output=table"],
  ["--query", "Items[0]"],
  ["--no-verify-ssl"],
  ["--color", "off"],
  ["--cli-connect-timeout", "5"],
  ["--no-sign-request"],
  ["--endpoint", "http://localhost:4566"],
];

export function generateCommandLines(description, seed) {
  const rng = seededRandom(hashSeed(`${seed}:${description.name}`));
  const value = valueGenerator(description.shapes, rng);
  const options = description.options.filter((o) => !o.negated && !o.hidden);
  const required = options.filter((o) => o.required);
  const optional = options.filter((o) => !o.required);
  const negated = new Map(description.options.filter((o) => o.negated).map((o) => [o.member, o]));

  function words(option) {
    const shape = description.shapes[option.shape];
    if (shape.type === "boolean") {
      const no = negated.get(option.member);
      return no && rng.random() < 0.5 ? [no.name] : [option.name];
    }
    return [
      option.name,
      ...renderWords(description.shapes, option, value(option.shape, 0, new Set()), rng),
    ];
  }
  const line = (chosen) => chosen.flatMap(words);
  const pickSome = (list, n) => {
    const copy = [...list];
    const out = [];
    while (copy.length > 0 && out.length < n)
      out.push(copy.splice(Math.floor(rng.random() * copy.length), 1)[0]);
    return options.filter((o) => out.includes(o));
  };

  const lines = [
    { kind: "required", argv: line(required) },
    {
      kind: "optional",
      argv: line(
        [...required, ...pickSome(optional, 3)].sort(
          (a, b) => options.indexOf(a) - options.indexOf(b),
        ),
      ),
    },
    {
      kind: "optional",
      argv: line(
        [...required, ...pickSome(optional, 6)].sort(
          (a, b) => options.indexOf(a) - options.indexOf(b),
        ),
      ),
    },
  ];
  // Timestamps in every form the line generator knows (one line each, the first such option).
  const timestamp = options.find((o) => description.shapes[o.shape].type === "timestamp");
  if (timestamp) {
    for (const form of TIMESTAMPS)
      lines.push({
        kind: "timestamp",
        argv: [...line(required.filter((o) => o !== timestamp)), timestamp.name, form],
      });
  }
  lines.push({
    kind: "unknown-option",
    argv: [...line(required), "--shapekit-no-such-option", "x"],
  });
  // AWS CLI global options, which may stand anywhere (even between an option and its words):
  // one or two, abbreviated or not, at random places of a line with optional members.
  const globalLine = line(
    [...required, ...pickSome(optional, 3)].sort((a, b) => options.indexOf(a) - options.indexOf(b)),
  );
  const globalCount = 1 + Math.floor(rng.random() * 2);
  for (let i = 0; i < globalCount; i++) {
    const at = Math.floor(rng.random() * (globalLine.length + 1));
    globalLine.splice(
      at,
      0,
      ...GLOBAL_OPTION_WORDS[Math.floor(rng.random() * GLOBAL_OPTION_WORDS.length)],
    );
  }
  lines.push({ kind: "global-options", argv: globalLine });
  if (required.length > 0) lines.push({ kind: "missing-required", argv: line(required.slice(1)) });
  const numeric = options.find((o) =>
    ["integer", "long", "float", "double"].includes(description.shapes[o.shape].type),
  );
  if (numeric)
    lines.push({
      kind: "bad-value",
      argv: [...line(required.filter((o) => o !== numeric)), numeric.name, "not-a-number"],
    });
  const container = options.find((o) =>
    ["structure", "map"].includes(description.shapes[o.shape].type),
  );
  if (container)
    lines.push({
      kind: "bad-value",
      argv: [...line(required.filter((o) => o !== container)), container.name, '{"unterminated": '],
    });
  if (timestamp)
    lines.push({
      kind: "bad-value",
      argv: [...line(required.filter((o) => o !== timestamp)), timestamp.name, "not-a-time"],
    });
  // The same kind of request through `--cli-input-json`: the members as one JSON document (keys
  // are member names), the document with one required member moved onto the line, and documents
  // meant to fail (a member the operation does not have, JSON cut short). Streaming-output
  // operations have no `--cli-input-json`; their lines would only repeat the unknown-option case.
  if (description.streamingOutput === undefined) {
    const document = (chosen) =>
      Object.fromEntries(
        chosen.map((o) => [
          o.member,
          description.shapes[o.shape].type === "boolean"
            ? rng.random() < 0.5
            : value(o.shape, 0, new Set()),
        ]),
      );
    const chosen = [...required, ...pickSome(optional, 3)];
    lines.push({ kind: "cli-input-json", argv: ["--cli-input-json", toJson(document(chosen))] });
    if (required.length > 0)
      lines.push({
        kind: "cli-input-json",
        argv: ["--cli-input-json", toJson(document(chosen.slice(1))), ...words(required[0])],
      });
    lines.push({
      kind: "bad-cli-input-json",
      argv: ["--cli-input-json", toJson({ ...document(required), ShapekitNoSuchMember: "x" })],
    });
    lines.push({ kind: "bad-cli-input-json", argv: ["--cli-input-json", '{"unterminated": '] });
  }
  // A streaming response goes to the positional outfile, which the CLI requires. It comes first:
  // after a list option's words it would be taken as one more item. One line leaves it out.
  if (description.streamingOutput !== undefined) {
    const withOutfile = lines.map((l) => ({ ...l, argv: [OUTFILE_WORD, ...l.argv] }));
    withOutfile.push({ kind: "missing-outfile", argv: line(required) });
    lines.splice(0, lines.length, ...withOutfile);
  }
  const seen = new Set();
  return lines.filter((l) => {
    const key = JSON.stringify(l.argv);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
