// The AWS CLI's global options (`--region`, `--output`, `--debug`, …), which a user may write
// anywhere on the command line, after the operation too. The AWS CLI reads them first, with
// the top-level parser, over the whole line, and hands only the words that are left to the
// operation's parser. So, as there:
// - a global option is matched exactly or by an unambiguous prefix among the global options
//   only (`--reg us-east-1` is `--region`, `--endpoint http://x` is `--endpoint-url`, `--no-`
//   is ambiguous), before any operation option is considered;
// - its words are taken out of the line: `--production-variants A --region r B` gives the list
//   two items;
// - `--` ends them: what follows is left to the operation.
// `--no-paginate` is one of them; it is handed on to the operation's parser, which decides
// pagination. `--version` (which prints the CLI's version instead of running anything) is left
// where it is: a bin that has a version answers it before reading the line (`asksForVersion`).
// The values are checked as the AWS CLI checks them before it builds a client: choices, whole
// numbers for the timeouts, a region name's form, a scheme in `--endpoint-url`, a `--query`
// expression's JMESPath syntax (jmespath.js, loaded only when `--query` is given).
// Not checked: whether a `--profile` exists (that depends on the user's files).

import { jmespathLibrary } from "#cli-jmespath";
import { scanArgv } from "./argv-scanner.js";
import type { CommandLineError } from "./command-line-error.js";
import { NO_PAGINATE, type OptionSpec } from "./option-table.js";

/** The AWS CLI global options given on a command line, by their setting's name. */
export interface GlobalOptions {
  /** `--debug`. */
  readonly debug?: true;
  /** `--endpoint-url`. */
  readonly endpointUrl?: string;
  /** `--no-verify-ssl`. */
  readonly verifySsl?: false;
  /** `--output`. */
  readonly output?: "json" | "text" | "table";
  /** `--query`: a JMESPath expression, as written (its syntax checked). */
  readonly query?: string;
  /** `--profile`: as written (whether it exists depends on the user's configuration). */
  readonly profile?: string;
  /** `--region`. */
  readonly region?: string;
  /** `--color`. */
  readonly color?: "on" | "off" | "auto";
  /** `--no-sign-request`. */
  readonly signRequest?: false;
  /** `--ca-bundle`. */
  readonly caBundle?: string;
  /** `--cli-read-timeout`, in seconds. */
  readonly readTimeout?: number;
  /** `--cli-connect-timeout`, in seconds. */
  readonly connectTimeout?: number;
  /** `--v2-debug`. */
  readonly v2Debug?: true;
}

type Setting = keyof GlobalOptions | "paginate" | "version";

interface GlobalSpec {
  readonly name: string;
  readonly setting: Setting;
  /** A flag, or an option taking one word (converted by `kind`). */
  readonly kind: "flag" | "text" | "int" | "choice";
  /** For a flag: what it stores. */
  readonly stores?: boolean;
  readonly choices?: readonly string[];
}

/** AWS CLI v1's global options (its `data/cli.json`), in its order. */
const GLOBAL_SPECS: readonly GlobalSpec[] = [
  { name: "--debug", setting: "debug", kind: "flag", stores: true },
  { name: "--endpoint-url", setting: "endpointUrl", kind: "text" },
  { name: "--no-verify-ssl", setting: "verifySsl", kind: "flag", stores: false },
  { name: NO_PAGINATE, setting: "paginate", kind: "flag", stores: false },
  { name: "--output", setting: "output", kind: "choice", choices: ["json", "text", "table"] },
  { name: "--query", setting: "query", kind: "text" },
  { name: "--profile", setting: "profile", kind: "text" },
  { name: "--region", setting: "region", kind: "text" },
  { name: "--version", setting: "version", kind: "flag", stores: true },
  { name: "--color", setting: "color", kind: "choice", choices: ["on", "off", "auto"] },
  { name: "--no-sign-request", setting: "signRequest", kind: "flag", stores: false },
  { name: "--ca-bundle", setting: "caBundle", kind: "text" },
  { name: "--cli-read-timeout", setting: "readTimeout", kind: "int" },
  { name: "--cli-connect-timeout", setting: "connectTimeout", kind: "int" },
  { name: "--v2-debug", setting: "v2Debug", kind: "flag", stores: true },
];

const SCAN_SPECS: readonly OptionSpec[] = GLOBAL_SPECS.map((g) => ({
  name: g.name,
  dest: g.setting,
  arity: g.kind === "flag" ? "none" : "one",
  required: false,
}));

const BY_SETTING = new Map<string, GlobalSpec>(GLOBAL_SPECS.map((g) => [g.setting, g]));

/**
 * Whether a command line asks for `--version` (or a prefix only it has among the global
 * options, `--vers`) before any `--`: the AWS CLI's top-level parser then prints its version and
 * stops, wherever the word is (after the operation, in a value's place) and whatever else the
 * line holds.
 */
export function asksForVersion(words: readonly string[]): boolean {
  // Read as the global options are (`--query --version` is a `--query` without its value, an
  // error, as there), but only when the word is there at all: most lines have none.
  if (!words.some((word) => word.startsWith("--ve"))) return false;
  const end = words.indexOf("--");
  const scan = scanArgv(end === -1 ? words : words.slice(0, end), SCAN_SPECS);
  // `--version=3` is an error there too ("ignored explicit argument"), not a request for it.
  return scan.ok && scan.values.has("version");
}

/** Python's `int()` of a string: optional spaces and sign, digits with single `_` between. */
const PYTHON_INT = /^\s*[+-]?\d+(?:_\d+)*\s*$/;
/** The form botocore requires of a region name (a host name label). */
const REGION_NAME = /^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$/;
/** A URL scheme as Python's `urlparse` finds one: a letter, then letters, digits, `+-.`, then `:`. */
const URL_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;

export type GlobalOptionsResult =
  | {
      readonly ok: true;
      /** The global options given (`undefined` when none was). */
      readonly globals: GlobalOptions | undefined;
      /** The words left for the operation's parser, in order. */
      readonly remaining: readonly string[];
    }
  | { readonly ok: false; readonly error: CommandLineError };

/** Takes the global options out of `words` (see the module comment). Never throws. */
export function takeGlobalOptions(words: readonly string[]): GlobalOptionsResult {
  // Only words before `--` can be global options; the rest goes to the operation untouched.
  const end = words.indexOf("--");
  const head = end === -1 ? words : words.slice(0, end);
  const scan = scanArgv(head, SCAN_SPECS);
  if (!scan.ok)
    return {
      ok: false,
      error: {
        kind: "usage",
        message: scan.message,
        ...(scan.option ? { option: scan.option } : {}),
      },
    };
  const remaining = [...scan.unknown];
  const globals: Record<string, unknown> = {};
  for (const [setting, occurrence] of scan.values) {
    const spec = BY_SETTING.get(setting)!;
    if (setting === "paginate") {
      remaining.push(NO_PAGINATE);
      continue;
    }
    if (setting === "version") {
      remaining.push(occurrence.written);
      continue;
    }
    if (spec.kind === "flag") {
      globals[setting] = spec.stores;
      continue;
    }
    const converted = convert(spec, occurrence.words[0]!);
    if (typeof converted === "object") return { ok: false, error: converted };
    globals[setting] = converted;
  }
  if (end !== -1) for (const word of words.slice(end)) remaining.push(word);
  const given = Object.keys(globals).length > 0 ? (globals as GlobalOptions) : undefined;
  return { ok: true, globals: given, remaining };
}

/** The option's value, or why the AWS CLI would refuse it. */
function convert(spec: GlobalSpec, word: string): string | number | CommandLineError {
  const refuse = (kind: "usage" | "syntax", message: string): CommandLineError => ({
    kind,
    option: spec.name,
    message: `argument ${spec.name}: ${message}`,
  });
  switch (spec.kind) {
    case "choice":
      if (spec.choices!.includes(word)) return word;
      return refuse(
        "usage",
        `invalid choice: ${JSON.stringify(word)} (choose from ${spec.choices!.join(", ")})`,
      );
    case "int":
      if (PYTHON_INT.test(word)) return Number(word.trim().replaceAll("_", ""));
      return refuse("syntax", `invalid whole number ${JSON.stringify(word)}`);
    default:
      if (spec.setting === "region" && !REGION_NAME.test(word))
        return refuse(
          "syntax",
          `${JSON.stringify(word)} is not a region name (letters, digits and inner hyphens, such as us-east-1)`,
        );
      if (spec.setting === "endpointUrl" && !URL_SCHEME.test(word))
        return refuse(
          "syntax",
          `${JSON.stringify(word)} has no scheme: write it as http://<hostname>/ or https://<hostname>/`,
        );
      if (spec.setting === "query") {
        const problem = jmespathProblem(word);
        if (problem !== undefined)
          return refuse(
            "syntax",
            `${JSON.stringify(word)} is not a JMESPath expression: ${problem}`,
          );
      }
      return word;
  }
}

/** Why `expression` is not JMESPath, as the library says; `undefined` when it is. */
function jmespathProblem(expression: string): string | undefined {
  // An empty expression: the library's message ("Invalid token (EOF)") would not say so.
  if (expression.trim() === "") return "it is empty";
  try {
    jmespathLibrary().compile(expression);
    return undefined;
  } catch (e) {
    // JSON.parse's error, for a `…` literal that is not JSON: the AWS CLI's Python jmespath
    // then reads the literal as a string (its legacy form) and accepts the expression.
    if (e instanceof SyntaxError) return undefined;
    return String((e as Error)?.message ?? e);
  }
}
