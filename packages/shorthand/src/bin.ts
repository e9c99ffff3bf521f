#!/usr/bin/env node
// `shorthand`: the parser as a command for shell scripts and other tools.
//   shorthand 'a=b,c=[1,2]'          prints {"a":"b","c":["1","2"]}
//   shorthand --reverse '{"a":"b"}'  prints a=b (numbers and booleans as their text: {"n":1} → n=1)
// Without a text argument the text is read from standard input. Exit 1 with the error (and its
// caret display) on standard error when the text does not parse; 2 for a wrong command line.
// A terminal command reads `key@=file://path` references as the AWS CLI does (`localFiles()`:
// regular files, at most 10 MiB); the library reads none unless asked.

import { readFileSync } from "node:fs";
// Through the package's entry point, not its modules: the build then keeps what both use in
// the entry point's file, and `import "@shapekit/shorthand"` opens one file fewer.
import {
  MAX_NESTING,
  bytesAsBase64,
  localFiles,
  nestsDeeperThan,
  parseShorthand,
  ShorthandEncodeError,
  ShorthandError,
  toShorthand,
  untypedText,
  type ShorthandObject,
} from "./index.js";

const USAGE = `usage: shorthand [--reverse] [text]
       shorthand --version
  Parses AWS CLI shorthand syntax and prints it as JSON; with --reverse, reads a JSON object and
  prints it as shorthand. Without text, reads standard input.`;

/** This package's version, from the package.json beside dist/ (npm's own record of it). */
function version(): string {
  const manifest = JSON.parse(
    readFileSync(new URL("../package.json", import.meta.url), "utf8"),
  ) as { version?: unknown };
  return String(manifest.version);
}

/**
 * JSON → shorthand, numbers and booleans written as the text the AWS CLI converts back by the
 * model (`{"a": 1}` → `a=1`); the depth is checked before the conversion walks it.
 */
function reverseText(value: unknown): string {
  if (nestsDeeperThan(value, MAX_NESTING + 1))
    throw new ShorthandEncodeError(`shorthand reads at most ${MAX_NESTING} levels of nesting`);
  return toShorthand(untypedText(value) as ShorthandObject);
}

function main(args: string[]): number {
  if (args.includes("--help") || args.includes("-h")) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (args.length === 1 && args[0] === "--version") {
    process.stdout.write(`shorthand ${version()}\n`);
    return 0;
  }
  const reverse = args.includes("--reverse");
  const rest = args.filter((a) => a !== "--reverse");
  if (rest.length > 1 || rest.some((a) => a.startsWith("--"))) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const text = rest[0] ?? readFileSync(0, "utf8").replace(/\r?\n$/, "");
  try {
    if (reverse) {
      process.stdout.write(`${reverseText(JSON.parse(text))}\n`);
    } else {
      const value = parseShorthand(text, { files: localFiles() });
      process.stdout.write(`${JSON.stringify(value, bytesAsBase64)}\n`);
    }
    return 0;
  } catch (e) {
    if (
      e instanceof ShorthandError ||
      e instanceof ShorthandEncodeError ||
      e instanceof SyntaxError
    ) {
      process.stderr.write(`shorthand: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

process.exitCode = main(process.argv.slice(2));
