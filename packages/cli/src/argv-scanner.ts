// Words of a command line → which option got which words, with the AWS CLI's rules (it uses
// Python's argparse, and users rely on its quirks):
// - `--opt value` and `--opt=value`; a list option takes every following word up to the next
//   option; the last occurrence of an option wins;
// - an unambiguous prefix names an option (`--tag` is `--tags`), an ambiguous one is an error;
//   options the AWS CLI v1 lacks (`--cli-input-yaml`) are matched in full only, so that the
//   prefixes it accepts (`--cli-input` for `--cli-input-json`) mean what they mean there;
// - a word starting with `-` is an option unless it is a negative number or contains a space,
//   so `--kms-key-id -x` is a missing value, while `--kms-key-id -1` is fine;
// - words no option takes, and options nobody defined, are collected as unknown (reported after
//   the required check, as the AWS CLI does).
// Scanning stops at the first structural error, like argparse: later errors would be guesses.

import type { OptionSpec } from "./option-table.js";

/** What one option received. `words` is empty for flags. */
export interface OptionOccurrence {
  readonly spec: OptionSpec;
  /** The option as the user wrote it, without `=value`: `--tag`. */
  readonly written: string;
  readonly words: readonly string[];
  /** Position of the option in argv. */
  readonly index: number;
}

export type ScanResult =
  | {
      readonly ok: true;
      /** The last occurrence per destination, in order of first appearance. */
      readonly values: ReadonlyMap<string, OptionOccurrence>;
      /** Unknown options and stray words, in argv order. */
      readonly unknown: readonly string[];
      /** The positional word, when the scan was told to take one and found it. */
      readonly positional?: string;
    }
  | { readonly ok: false; readonly message: string; readonly option?: string };

const NEGATIVE_NUMBER = /^-\d+$|^-\d*\.\d+$/;

type Classified =
  | { readonly kind: "value" }
  | {
      readonly kind: "option";
      readonly spec: OptionSpec;
      readonly written: string;
      readonly explicit?: string;
    }
  | { readonly kind: "unknown" }
  | { readonly kind: "ambiguous"; readonly message: string };

function classify(
  word: string,
  byName: ReadonlyMap<string, OptionSpec>,
  specs: readonly OptionSpec[],
): Classified {
  if (!word.startsWith("-") || word.length === 1) return { kind: "value" };
  const exact = byName.get(word);
  if (exact) return { kind: "option", spec: exact, written: word };
  const eq = word.indexOf("=");
  const name = eq === -1 ? word : word.slice(0, eq);
  const explicit = eq === -1 ? undefined : word.slice(eq + 1);
  const withValue = byName.get(name);
  if (withValue && explicit !== undefined)
    return { kind: "option", spec: withValue, written: name, explicit };
  if (word.startsWith("--")) {
    const matches = specs.filter((s) => s.fullNameOnly !== true && s.name.startsWith(name));
    if (matches.length > 1) {
      return {
        kind: "ambiguous",
        message: `ambiguous option: ${name} could match ${matches.map((m) => m.name).join(", ")}`,
      };
    }
    if (matches.length === 1) {
      return {
        kind: "option",
        spec: matches[0]!,
        written: name,
        ...(explicit !== undefined ? { explicit } : {}),
      };
    }
  }
  if (NEGATIVE_NUMBER.test(word) || word.includes(" ")) return { kind: "value" };
  return { kind: "unknown" };
}

/**
 * Matches argv against the option table. With `takesPositional`, the first word no option takes
 * is the positional one (argparse's single positional argument, `outfile`). Never throws.
 */
export function scanArgv(
  argv: readonly string[],
  specs: readonly OptionSpec[],
  takesPositional = false,
): ScanResult {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const kinds: Classified[] = [];
  let afterDoubleDash = false;
  for (const word of argv) {
    if (afterDoubleDash) kinds.push({ kind: "value" });
    else if (word === "--") {
      afterDoubleDash = true;
      kinds.push({ kind: "unknown" });
    } else kinds.push(classify(word, byName, specs));
  }

  const values = new Map<string, OptionOccurrence>();
  const unknown: string[] = [];
  let positional: string | undefined;
  let i = 0;
  while (i < argv.length) {
    const kind = kinds[i]!;
    const word = argv[i]!;
    if (kind.kind === "ambiguous") return { ok: false, message: kind.message };
    if (kind.kind !== "option") {
      if (takesPositional && positional === undefined && kind.kind === "value") positional = word;
      else unknown.push(word);
      i++;
      continue;
    }
    const { spec, written, explicit } = kind;
    const start = i;
    i++;
    const following = (): string[] => {
      const words: string[] = [];
      while (i < argv.length && kinds[i]!.kind === "value") words.push(argv[i++]!);
      return words;
    };
    let words: string[];
    switch (spec.arity) {
      case "none":
        if (explicit !== undefined)
          return {
            ok: false,
            option: spec.name,
            message: `argument ${spec.name}: ignored explicit argument '${explicit}'`,
          };
        words = [];
        break;
      case "one":
        if (explicit !== undefined) words = [explicit];
        else if (i < argv.length && kinds[i]!.kind === "value") words = [argv[i++]!];
        else
          return {
            ok: false,
            option: spec.name,
            message: `argument ${spec.name}: expected one argument`,
          };
        break;
      case "one-or-more":
        words = explicit !== undefined ? [explicit] : following();
        if (words.length === 0)
          return {
            ok: false,
            option: spec.name,
            message: `argument ${spec.name}: expected at least one argument`,
          };
        break;
      case "zero-or-more":
        words = explicit !== undefined ? [explicit] : following();
        break;
      case "zero-or-one":
        if (explicit !== undefined) words = [explicit];
        else if (i < argv.length && kinds[i]!.kind === "value") words = [argv[i++]!];
        else words = [spec.defaultValue ?? ""];
        if (spec.choices && !spec.choices.includes(words[0]!)) {
          const choices = spec.choices.map((c) => `'${c}'`).join(", ");
          return {
            ok: false,
            option: spec.name,
            message: `argument ${spec.name}: invalid choice: '${words[0]}' (choose from ${choices})`,
          };
        }
        break;
    }
    // Re-inserting moves a repeated option to its last position: the request lists members in
    // option-table order anyway, and the last occurrence's words win.
    values.delete(spec.dest);
    values.set(spec.dest, { spec, written, words, index: start });
  }
  return { ok: true, values, unknown, ...(positional !== undefined ? { positional } : {}) };
}
