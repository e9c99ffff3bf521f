// The state of one validation run: the issues found so far, whether rules are on, and how deep
// recursive shapes have nested. Generated validators call one method per broken constraint;
// messages are built here, so generated code stays small and every model's messages read alike.
// The run is capped (`maxIssues`): past the cap no message is built, and `full` tells the
// generated loops to stop walking, so a value with millions of bad items costs what 100 cost.

import {
  DEFAULT_MAX_ISSUES,
  type IssueCode,
  type ValidateOptions,
  type ValidationIssue,
  type ValidationResult,
} from "./issue.js";
import { describeValue } from "./describe-value.js";
import { enumMessage } from "./messages/enum.js";
import { lengthMessage, type LengthUnit } from "./messages/length.js";
import { patternMessage } from "./messages/pattern.js";
import { rangeMessage } from "./messages/range.js";
import { requiredMessage } from "./messages/required.js";
import { typeMessage } from "./messages/type.js";
import { unknownMessage } from "./messages/unknown.js";

/**
 * How many levels of recursive shapes (a tree node inside a tree node…) a value may nest.
 * Deeper values get one issue instead of a stack overflow: validators recurse only through
 * recursive shapes, so this is the only place input depth could reach the call stack.
 */
export const MAX_RECURSION_DEPTH = 500;

/**
 * `ValidateOptions.maxIssues` as a count: at least 1, whole, `Infinity` allowed; the default
 * for anything that is not a number (options come from callers, and a validator never throws).
 */
export function issueLimit(options: ValidateOptions | undefined): number {
  const value: unknown =
    options == null || typeof options !== "object" ? undefined : options.maxIssues;
  if (typeof value !== "number" || Number.isNaN(value)) return DEFAULT_MAX_ISSUES;
  return Math.max(1, Math.floor(value));
}

/** Collects the issues of one run. Generated code creates one per call of a public validator. */
export class IssueCollector {
  readonly issues: ValidationIssue[] = [];
  readonly warnings: ValidationIssue[] = [];
  /** Whether the model's own rules (and deprecation warnings) are checked. */
  readonly rules: boolean;
  /** The most errors (and, apart, warnings) recorded: `ValidateOptions.maxIssues`, normalized. */
  readonly maxIssues: number;
  #depth = 0;
  #full = false;
  #warningsFull = false;
  #closed = false;

  constructor(options?: ValidateOptions) {
    this.rules = options == null || typeof options !== "object" || options.rules !== false;
    this.maxIssues = issueLimit(options);
  }

  /**
   * True once an error beyond `maxIssues` was found: from then on nothing is recorded, and
   * generated checks return at once (skipping `leave`: a full collector is only asked for its
   * result). Loops over items and keys test it, so the walk ends with the report.
   */
  get full(): boolean {
    return this.#full;
  }

  /** Whether one more error can be recorded; the first refusal marks the run full. */
  #room(): boolean {
    if (this.issues.length < this.maxIssues) return true;
    this.#full = true;
    return false;
  }

  #add(path: string, code: IssueCode, message: string): void {
    this.issues.push({ path, code, message, severity: "error" });
  }

  // Every reporter asks for room before it builds its message: past the cap, nothing is built.

  /** The value at `path` is not `expected` (a noun phrase: "a string", "an object (Tag)"). */
  type(path: string, expected: string, value: unknown): void {
    if (this.#room()) this.#add(path, "type", typeMessage(expected, value));
  }

  /** Member `member` of `shape` is missing; `path` is the member's own path. */
  required(path: string, member: string, shape: string): void {
    if (this.#room()) this.#add(path, "required", requiredMessage(member, shape));
  }

  /** Key `key` (at `path`) is not one of `members` of `shape`. */
  unknown(path: string, key: string, shape: string, members: readonly string[]): void {
    if (this.#room()) this.#add(path, "unknown", unknownMessage(key, shape, members));
  }

  /** `value` measures `found` in `unit`, outside `min`..`max`. */
  length(
    path: string,
    value: unknown,
    found: number,
    min: number | undefined,
    max: number | undefined,
    unit: LengthUnit,
  ): void {
    if (this.#room()) this.#add(path, "length", lengthMessage(value, found, min, max, unit));
  }

  range(path: string, value: number, min: number | undefined, max: number | undefined): void {
    if (this.#room()) this.#add(path, "range", rangeMessage(value, min, max));
  }

  pattern(path: string, value: string, pattern: string): void {
    if (this.#room()) this.#add(path, "pattern", patternMessage(value, pattern));
  }

  /** `value` is not one of `values` of enum `shape`. */
  enumValue(
    path: string,
    value: unknown,
    shape: string,
    values: readonly (string | number)[],
  ): void {
    if (this.#room()) this.#add(path, "enum", enumMessage(value, shape, values));
  }

  /** The item at `path` equals item `first` of the same `@uniqueItems` list. */
  notUnique(path: string, first: number, value: unknown): void {
    if (!this.#room()) return;
    this.#add(
      path,
      "type",
      `${describeValue(value)} repeats item ${first}; the items of this list must be unique (@uniqueItems)`,
    );
  }

  /** A union at `path` has `count` members set instead of exactly one. */
  unionMembers(path: string, shape: string, count: number): void {
    if (!this.#room()) return;
    this.#add(
      path,
      "type",
      `a ${shape} union takes exactly one member; ${count === 0 ? "none is" : `${count} are`} set`,
    );
  }

  /** A model rule (a `shapekit#` trait) is broken. */
  rule(path: string, message: string): void {
    if (this.#room()) this.#add(path, "rule", message);
  }

  /** A warning (code `rule`, severity `warning`): a deprecated member is set. */
  warn(path: string, message: string): void {
    if (this.warnings.length < this.maxIssues)
      this.warnings.push({ path, code: "rule", message, severity: "warning" });
    else this.#warningsFull = true;
  }

  /**
   * Called on entering a recursive shape; false (with one issue) when the value nests deeper
   * than `MAX_RECURSION_DEPTH`, in which case the caller skips the value. Pair with `leave`.
   */
  enter(path: string): boolean {
    if (++this.#depth <= MAX_RECURSION_DEPTH) return true;
    this.#depth--;
    if (this.#room()) {
      this.#add(
        path,
        "type",
        `the value nests recursive shapes more than ${MAX_RECURSION_DEPTH} levels deep; validation stops at this level`,
      );
    }
    return false;
  }

  leave(): void {
    this.#depth--;
  }

  /** The result for `value`, once every check ran (or the run stopped full). */
  result<T>(value: unknown): ValidationResult<T> {
    this.#close();
    return this.issues.length === 0
      ? { ok: true, value: value as T, warnings: this.warnings }
      : { ok: false, issues: this.issues, warnings: this.warnings };
  }

  /** Ends each capped list with its `truncated` entry. */
  #close(): void {
    if (this.#closed) return;
    this.#closed = true;
    if (this.#full) this.issues.push(truncation(this.maxIssues, "issues", "error"));
    if (this.#warningsFull) this.warnings.push(truncation(this.maxIssues, "warnings", "warning"));
  }

  /**
   * The result when a check threw: only possible for exotic inputs (a Proxy whose traps throw,
   * a getter that throws). Validators promise never to throw, so the exception becomes an issue.
   */
  failure<T>(error: unknown): ValidationResult<T> {
    let reason: string;
    try {
      reason = error instanceof Error ? error.message : String(error);
    } catch {
      reason = "unknown error";
    }
    if (this.#room()) this.#add("", "type", `the value could not be read (${reason})`);
    this.#close();
    return { ok: false, issues: this.issues, warnings: this.warnings };
  }
}

/** The last entry of a capped list: more exist; how many is unknown, since the walk stopped. */
function truncation(
  max: number,
  what: "issues" | "warnings",
  severity: "error" | "warning",
): ValidationIssue {
  const message = `more ${what} not shown: validation stopped after the first ${max}`;
  return { path: "", code: "truncated", message, severity };
}
