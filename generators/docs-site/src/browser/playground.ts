// The playground of an operation page, running in the browser: a command line (or one option's
// value) goes through the generated packages bundled into the page — the cli-skeleton's
// `parseCommandLine`, the shorthand package's `parseArgument`/`toArgument`, the validators'
// `validateInput` — and the page shows the request as JSON, every issue with its path, and
// shorthand errors with the caret the runtime puts under the text. Model and user text only
// ever reach the page as `textContent`: nothing here writes markup.

import type {
  CliOperationDescription,
  CommandLineError,
  ParseCommandLineOptions,
  ParseCommandLineResult,
  SkeletonKind,
} from "@shapekit/cli";
import type { ArgumentResult, CliOption } from "@shapekit/shorthand";
import { joinCommandLine, splitCommandLine } from "./command-words.js";

/** One issue as the validators report it. */
interface Issue {
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

/** The generated packages' functions for one operation: what the page's bundle hands over. */
export interface OperationRuntime {
  readonly description: CliOperationDescription;
  parseCommandLine(
    argv: readonly string[],
    options?: ParseCommandLineOptions,
  ): ParseCommandLineResult;
  generateCliSkeleton(kind: SkeletonKind): string;
  parseArgument(option: string, words: readonly string[]): ArgumentResult;
  toArgument(option: string, value: unknown): ArgumentResult<string[]>;
  validateInput(
    value: unknown,
  ): { readonly ok: true } | { readonly ok: false; readonly issues: readonly Issue[] };
}

/** A problem as the page lists it. */
interface Problem {
  readonly kind: string;
  readonly option?: string | undefined;
  readonly path?: string | undefined;
  readonly message: string;
}

interface Elements {
  readonly root: HTMLElement;
  readonly modes: HTMLInputElement[];
  readonly commandMode: HTMLElement;
  readonly optionMode: HTMLElement;
  readonly command: HTMLTextAreaElement;
  readonly option: HTMLSelectElement;
  readonly value: HTMLTextAreaElement;
  readonly status: HTMLElement;
  readonly json: HTMLElement;
  readonly issues: HTMLElement;
  readonly toCommand: HTMLButtonElement;
  readonly commandOut: HTMLElement;
}

function find(doc: Document): Elements | undefined {
  const byId = <T extends HTMLElement>(id: string) => doc.getElementById(id) as T | null;
  const root = byId<HTMLElement>("playground");
  const parts = {
    commandMode: byId<HTMLElement>("pg-command-mode"),
    optionMode: byId<HTMLElement>("pg-option-mode"),
    command: byId<HTMLTextAreaElement>("pg-command"),
    option: byId<HTMLSelectElement>("pg-option"),
    value: byId<HTMLTextAreaElement>("pg-value"),
    status: byId<HTMLElement>("pg-status"),
    json: byId<HTMLElement>("pg-json"),
    issues: byId<HTMLElement>("pg-issues"),
    toCommand: byId<HTMLButtonElement>("pg-to-command"),
    commandOut: byId<HTMLElement>("pg-command-out"),
  };
  if (!root || Object.values(parts).some((p) => p === null)) return undefined;
  const modes = [...root.querySelectorAll<HTMLInputElement>('input[name="pg-mode"]')];
  return {
    root,
    modes,
    ...(parts as { [K in keyof typeof parts]: NonNullable<(typeof parts)[K]> }),
  };
}

/** JSON for the page; bytes (blob members) as base64, which is how the AWS CLI sends them. */
function requestJson(value: unknown): string {
  return JSON.stringify(
    value,
    (_key, v: unknown) => {
      if (v instanceof Uint8Array) {
        let binary = "";
        for (const byte of v) binary += String.fromCharCode(byte);
        return btoa(binary);
      }
      return v;
    },
    2,
  );
}

/** Whether an issue's path lies in member `member` of the request. */
function inMember(path: string, member: string): boolean {
  return path === member || path.startsWith(`${member}.`) || path.startsWith(`${member}[`);
}

function problemFromError(e: CommandLineError): Problem {
  return { kind: e.kind, option: e.option, path: e.path, message: e.message };
}

export class Playground {
  readonly #runtime: OperationRuntime;
  readonly #el: Elements;
  readonly #prefix: string[];
  readonly #operation: string;
  readonly #token: (() => string) | undefined;
  /** The request the last input built (valid or not), for the command-line button. */
  #request: Record<string, unknown> | undefined;

  constructor(runtime: OperationRuntime, elements: Elements) {
    this.#runtime = runtime;
    this.#el = elements;
    this.#prefix = (elements.root.dataset.commandPrefix ?? "").split(" ").filter((w) => w !== "");
    this.#operation = elements.root.dataset.operation ?? runtime.description.name;
    // One idempotency token per page, so the JSON does not change on every key stroke.
    const token = globalThis.crypto?.randomUUID?.();
    this.#token = token === undefined ? undefined : () => token;
  }

  get mode(): "command" | "option" {
    return this.#el.modes.find((m) => m.checked)?.value === "option" ? "option" : "command";
  }

  /** Wires the events and shows the first result. */
  start(): void {
    const el = this.#el;
    for (const m of el.modes) m.addEventListener("change", () => this.#switchMode());
    el.command.addEventListener("input", () => this.update());
    el.value.addEventListener("input", () => this.update());
    el.option.addEventListener("change", () => this.update());
    el.toCommand.addEventListener("click", () => this.#showCommandLine());
    this.#switchMode();
  }

  #switchMode(): void {
    const option = this.mode === "option";
    this.#el.commandMode.hidden = option;
    this.#el.optionMode.hidden = !option;
    this.#el.commandOut.textContent = "";
    this.update();
  }

  /** Runs the current input and shows the result. */
  update(): void {
    if (this.mode === "option") this.#runOption(this.#el.option.value, this.#el.value.value);
    else this.#runCommandLine(this.#el.command.value);
  }

  /** The words after the operation's name, or the problem with the words before it. */
  #argv(words: string[]): string[] | Problem {
    let rest = words;
    if (rest[0] === this.#prefix[0]) {
      const given = rest.slice(0, this.#prefix.length);
      if (given.join(" ") !== this.#prefix.join(" "))
        return {
          kind: "usage",
          message: `This page's commands start with '${this.#prefix.join(" ")}'.`,
        };
      rest = rest.slice(this.#prefix.length);
    }
    if (rest[0] === this.#operation) return rest.slice(1);
    if (rest.length === 0 || rest[0]!.startsWith("-")) return rest;
    return {
      kind: "usage",
      message: `This page's playground runs '${this.#operation}', not '${rest[0]}'.`,
    };
  }

  #runCommandLine(text: string): void {
    const split = splitCommandLine(text);
    if (!split.ok)
      return this.#show("Not one command.", undefined, [{ kind: "usage", message: split.message }]);
    const argv = this.#argv(split.words);
    if (!Array.isArray(argv)) return this.#show("Not this operation.", undefined, [argv]);
    const options = this.#token ? { idempotencyToken: this.#token } : {};
    const result = this.#runtime.parseCommandLine(argv, options);
    if (result.ok) {
      const warnings = result.warnings.map((w) => ({
        kind: "warning",
        option: w.option,
        path: w.path,
        message: w.message,
      }));
      if (result.skeleton !== undefined) {
        this.#request = undefined;
        this.#el.json.textContent = this.#runtime.generateCliSkeleton(result.skeleton);
        return this.#status(
          `--generate-cli-skeleton ${result.skeleton}: the command prints this skeleton.`,
          warnings,
        );
      }
      return this.#show("Valid: the AWS CLI would send this request.", result.request, warnings);
    }
    // Still show what the AWS CLI would send without validation, next to why it is refused.
    const unchecked = this.#runtime.parseCommandLine(argv, { ...options, validate: false });
    const problems = result.errors.map(problemFromError);
    this.#show(
      `${problems.length} problem${problems.length === 1 ? "" : "s"} (exit code ${result.exitCode}).`,
      unchecked.ok && unchecked.skeleton === undefined ? unchecked.request : undefined,
      problems,
    );
  }

  #runOption(option: string, text: string): void {
    const descriptor = this.#optionDescriptor(option);
    if (!descriptor) return this.#show("Choose an option.", undefined, []);
    const parsed = this.#runtime.parseArgument(option, [text]);
    if (!parsed.ok) {
      const error = parsed.error as { message: string; path?: string };
      return this.#show("The value cannot be parsed.", undefined, [
        {
          kind: "syntax",
          option,
          path: error.path ? `${descriptor.member}${error.path}` : undefined,
          message: error.message,
        },
      ]);
    }
    const request = { [descriptor.member]: parsed.value };
    const checked = this.#runtime.validateInput(request);
    // Only this member's issues: the others are missing because they were not asked for.
    const issues = checked.ok
      ? []
      : checked.issues.filter((i) => inMember(i.path, descriptor.member));
    this.#show(
      issues.length === 0
        ? `Valid value for ${option}.`
        : `${issues.length} issue${issues.length === 1 ? "" : "s"} in ${option}.`,
      request,
      issues.map((i) => ({ kind: "validation", option, path: i.path, message: i.message })),
    );
  }

  #optionDescriptor(name: string): CliOption | undefined {
    return this.#runtime.description.options.find((o) => o.name === name);
  }

  #show(
    status: string,
    request: Record<string, unknown> | undefined,
    problems: readonly Problem[],
  ): void {
    this.#request = request;
    this.#el.json.textContent =
      request === undefined ? "No request: see the issues." : requestJson(request);
    this.#status(status, problems);
  }

  #status(status: string, problems: readonly Problem[]): void {
    const doc = this.#el.root.ownerDocument;
    this.#el.status.textContent = status;
    const items = problems.map((p) => {
      const li = doc.createElement("li");
      li.className = `issue ${p.kind === "warning" ? "warning" : "error"}`;
      const head = doc.createElement("p");
      const kind = doc.createElement("span");
      kind.className = "kind";
      kind.textContent = p.kind;
      head.append(kind);
      for (const [label, text] of [
        ["option", p.option],
        ["path", p.path],
      ] as const) {
        if (!text) continue;
        const code = doc.createElement("code");
        code.className = `issue-${label}`;
        code.textContent = text;
        head.append(" ", code);
      }
      const message = doc.createElement("pre");
      message.className = "message";
      message.textContent = p.message;
      li.append(head, message);
      return li;
    });
    this.#el.issues.replaceChildren(...items);
    if (items.length === 0) {
      const none = doc.createElement("li");
      none.className = "none";
      none.textContent = "None.";
      this.#el.issues.append(none);
    }
  }

  /** The command line that builds the last request again (`toArgument` for each member). */
  commandLine(): string | Problem {
    const request = this.#request;
    if (request === undefined)
      return { kind: "usage", message: "There is no request to turn into a command line." };
    const words = [...this.#prefix, this.#operation];
    const skipped: string[] = [];
    for (const member of Object.keys(request)) {
      const value = request[member];
      const candidates = this.#runtime.description.options.filter(
        (o) => o.member === member && o.hidden !== true,
      );
      // An idempotency token the page filled in is not something the user typed.
      if (candidates.some((o) => o.idempotencyToken) && value === this.#token?.()) continue;
      let done = false;
      for (const option of candidates) {
        const back = this.#runtime.toArgument(option.name, value);
        if (!back.ok) continue;
        words.push(option.name, ...back.value);
        done = true;
        break;
      }
      if (!done) skipped.push(member);
    }
    if (skipped.length > 0)
      return {
        kind: "usage",
        message: `No option takes ${skipped.join(", ")}: use --cli-input-json for ${skipped.length === 1 ? "it" : "them"}.`,
      };
    return joinCommandLine(words);
  }

  #showCommandLine(): void {
    const line = this.commandLine();
    this.#el.commandOut.textContent = typeof line === "string" ? line : line.message;
  }
}

/** Starts the playground of the page, if the page has one. */
export function startPlayground(
  runtime: OperationRuntime,
  doc: Document = document,
): Playground | undefined {
  const elements = find(doc);
  if (!elements) return undefined;
  const playground = new Playground(runtime, elements);
  playground.start();
  return playground;
}
