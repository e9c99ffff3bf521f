// The AWS CLI's recorded answers that the command-line tests compare with: JSON lines written by
// scripts/conformance/record-awscli-*.py, one record per operation's synopsis or per command line.
import { readFileSync } from "node:fs";

/** The synopsis lines of one operation's help page (its own options). */
export interface SynopsisRecord {
  service: string;
  operation: string;
  synopsis: string[];
}

/** One command line: the request the CLI built, or the last line of its error. */
export interface CaseRecord {
  service: string;
  operation: string;
  argv: string[];
  request?: Record<string, unknown>;
  error?: string;
}

/** Every record of a `.jsonl` recording, in file order. */
export function readJsonLines<T>(file: URL): T[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as T);
}

/** A recording that mixes synopses and command lines, split by kind. */
export function readRecording<Case extends CaseRecord = CaseRecord>(
  file: URL,
): { synopses: SynopsisRecord[]; cases: Case[] } {
  const records = readJsonLines<SynopsisRecord | Case>(file);
  return {
    synopses: records.filter((r): r is SynopsisRecord => "synopsis" in r),
    cases: records.filter((r): r is Case => "argv" in r),
  };
}
