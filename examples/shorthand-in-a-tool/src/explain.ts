// Explains an `aws sagemaker create-endpoint-config …` command line without running it: the
// request the AWS CLI would send, each option read by @shapekit/sagemaker-shorthand exactly as
// the CLI reads it (syntax errors with a caret under the character), then every problem the
// validators find, named by the option the user wrote. For CI linters and chat bots.
//
// Files: a chat bot must not read its own server's files because a stranger typed
// `--kms-key-id file:///etc/passwd`. The library reads no file unless told to, so by default
// such a value is a finding that names the `files` option. A terminal tool run by the files'
// owner (a pre-commit hook, say) opts in with `{ files: localFiles() }`, and reads them as the
// AWS CLI would; errors still never quote what a file held.

import { commands, findOption, parseArgument } from "@shapekit/sagemaker-shorthand";
import { looksLikeOption, type FileSource } from "@shapekit/shorthand";
import { validateCreateEndpointConfigInput } from "@shapekit/sagemaker-validators";
import { commandWords } from "./command-words.js";

const SERVICE = "sagemaker";
const OPERATION = "create-endpoint-config";

/** The AWS CLI's global options: they do not shape the request, so they are skipped. */
const GLOBAL_OPTIONS_WITH_VALUE = new Set([
  "--region",
  "--profile",
  "--output",
  "--endpoint-url",
  "--query",
  "--color",
  "--ca-bundle",
  "--cli-read-timeout",
  "--cli-connect-timeout",
  "--cli-binary-format",
]);
const GLOBAL_FLAGS = new Set([
  "--debug",
  "--no-verify-ssl",
  "--no-paginate",
  "--no-sign-request",
  "--no-cli-pager",
  "--cli-auto-prompt",
  "--no-cli-auto-prompt",
]);

/** One thing to tell the user. `option` is the option they wrote, when there is one. */
export interface Finding {
  readonly severity: "error" | "warning";
  readonly option?: string;
  readonly message: string;
}

/** The outcome: the request (when every option parsed), and every finding. */
export interface Explanation {
  readonly ok: boolean;
  readonly request?: Record<string, unknown>;
  readonly findings: readonly Finding[];
}

/** The option a validation path starts in: `ProductionVariants[0].X` → `--production-variants`. */
function optionOfPath(path: string): string | undefined {
  const member = /^[A-Za-z0-9_]+/.exec(path)?.[0];
  const command = commands.find((c) => c.name === OPERATION);
  return command?.options.find((o) => o.member === member && !o.name.startsWith("--no-"))?.name;
}

function fail(findings: Finding[], message: string): Explanation {
  return { ok: false, findings: [...findings, { severity: "error", message }] };
}

/** Options of `explainCommandLine`. */
export interface ExplainOptions {
  /** Reads `file://` values; none by default (see the module comment). */
  readonly files?: FileSource;
}

/** Explains one command line. Never throws. */
export function explainCommandLine(line: string, options: ExplainOptions = {}): Explanation {
  const split = commandWords(line);
  if (!split.ok) return fail([], split.error);
  const findings: Finding[] = split.variables.map((name) => ({
    severity: "warning",
    message: `$${name} is a shell variable: its value is unknown here, so it is read as the text "$${name}"`,
  }));

  // aws [global options] sagemaker create-endpoint-config [options]
  const [program, ...rest] = split.words;
  if (program !== "aws")
    return fail(findings, `expected a command starting with \`aws\`, found \`${program ?? ""}\``);
  const positional: string[] = [];
  const groups: { option: string; words: string[] }[] = [];
  for (let i = 0; i < rest.length; i++) {
    const word = rest[i]!;
    if (GLOBAL_FLAGS.has(word)) continue;
    if (GLOBAL_OPTIONS_WITH_VALUE.has(word)) {
      i++;
      continue;
    }
    if (looksLikeOption(word)) groups.push({ option: word, words: [] });
    else if (groups.length > 0) groups.at(-1)!.words.push(word);
    else positional.push(word);
  }
  if (positional[0] !== SERVICE || positional[1] !== OPERATION || positional.length > 2) {
    return fail(
      findings,
      `this tool explains \`aws ${SERVICE} ${OPERATION}\`; found \`aws ${positional.join(" ")}\``,
    );
  }

  // Each option as the AWS CLI reads it. Repeated options: the last one wins, as in the CLI.
  const request: Record<string, unknown> = {};
  const seen = new Set<string>();
  let parsed = true;
  for (const { option, words } of groups) {
    const result = parseArgument(
      OPERATION,
      option,
      words,
      options.files ? { files: options.files } : {},
    );
    if (!result.ok) {
      parsed = false;
      findings.push({ severity: "error", option, message: result.error.message });
      continue;
    }
    if (words.length === 0 && Array.isArray(result.value)) {
      // parseArgument gives [] here; the AWS CLI wants at least one word for a list option.
      parsed = false;
      findings.push({
        severity: "error",
        option,
        message: `argument ${option}: expected at least one argument`,
      });
      continue;
    }
    const member = findOption(OPERATION, option)!.member;
    if (seen.has(member))
      findings.push({
        severity: "warning",
        option,
        message: `${option} is given more than once: the last one wins`,
      });
    seen.add(member);
    request[member] = result.value;
  }
  if (!parsed) return { ok: false, findings };

  // Then the request as a whole: every issue, named by the option it comes from.
  const result = validateCreateEndpointConfigInput(request);
  const issues = [...(result.ok ? [] : result.issues), ...result.warnings];
  for (const issue of issues) {
    const option = optionOfPath(issue.path);
    findings.push({
      severity: issue.severity,
      ...(option ? { option } : {}),
      message: `${issue.path}: ${issue.message}`,
    });
  }
  return { ok: result.ok, request, findings };
}

/** The explanation as text: findings first (`error --tags: …`), then the request as JSON. */
export function explanationText(explanation: Explanation): string {
  const lines = explanation.findings.map(
    (f) => `${f.severity}${f.option ? ` ${f.option}` : ""}: ${f.message}`,
  );
  if (explanation.request) lines.push(JSON.stringify(explanation.request, null, 2));
  return `${lines.join("\n")}\n`;
}
