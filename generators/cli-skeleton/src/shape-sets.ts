// Splits the operations' descriptions so that each shape is written once per package: a shape
// only one operation reaches stays in that operation's own part; the shapes several operations
// reach are grouped by the exact set of operations that reach them, one shape set per group, so
// an operation's entry point loads exactly the shapes it reaches (its own part and the sets it is
// in) and nothing else. `@shapekit/cli`'s `describeOperation` puts a description back together.
//
// The stored own part also leaves out what the runtime defaults: an option's `required: false`.

import { fileBaseName } from "@shapekit/model";
import type { CliOption, CliShape } from "@shapekit/shorthand";
import type { ConstraintsData } from "./constraints.js";
import type { OperationDescriptionData } from "./operation-description.js";

/** `@shapekit/cli`'s `CliShapeSet`, as emitted. */
export interface ShapeSetData {
  shapes: Record<string, CliShape>;
  documentation?: { shapes?: Record<string, string>; members?: Record<string, string> };
  constraints?: {
    shapes?: Record<string, ConstraintsData>;
    members?: Record<string, ConstraintsData>;
  };
}

/** A shape set several operations share: `src/shapes/<file>.ts`, exporting `shapes`. */
export interface SharedShapeSet {
  /** The file's base name: its first shape key, made a safe file name unique in the folder. */
  readonly file: string;
  /** The CLI names of the operations that reach these shapes, in model order. */
  readonly operations: readonly string[];
  readonly data: ShapeSetData;
}

/** `@shapekit/cli`'s `CliOperationDescriptionData`: the own part, `required: false` left out. */
export interface OwnDescriptionData extends ShapeSetData {
  name: string;
  operationName: string;
  input?: string;
  output?: string;
  streamingOutput?: string;
  options: Array<Omit<CliOption, "required"> & { required?: true }>;
  documentation?: ShapeSetData["documentation"] & { operation?: string };
  pagination?: OperationDescriptionData["pagination"];
}

export interface SplitDescriptions {
  readonly sets: readonly SharedShapeSet[];
  /** By operation, in the order given. */
  readonly operations: ReadonlyArray<{
    readonly own: OwnDescriptionData;
    /** Indexes into `sets`, ascending. */
    readonly shared: readonly number[];
  }>;
}

/** Everything a description says about one shape key. */
interface ShapeEntry {
  readonly shape: CliShape;
  readonly doc?: string;
  readonly members: ReadonlyArray<readonly [string, string]>;
  readonly constraints?: ConstraintsData;
  readonly memberConstraints: ReadonlyArray<readonly [string, ConstraintsData]>;
}

function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The entries keyed `<key>$<member>` of a record (member keys never hold `$` otherwise). */
function memberEntries<T>(
  record: Readonly<Record<string, T>> | undefined,
  key: string,
): Array<[string, T]> {
  if (record === undefined) return [];
  const prefix = `${key}$`;
  return Object.keys(record)
    .filter((k) => k.startsWith(prefix) && !k.slice(prefix.length).includes("$"))
    .map((k) => [k, record[k]!]);
}

function entryOf(description: OperationDescriptionData, key: string): ShapeEntry {
  const doc = own(description.documentation.shapes, key);
  const constraints = own(description.constraints?.shapes, key);
  return {
    shape: description.shapes[key]!,
    ...(doc !== undefined ? { doc } : {}),
    members: memberEntries(description.documentation.members, key),
    ...(constraints !== undefined ? { constraints } : {}),
    memberConstraints: memberEntries(description.constraints?.members, key),
  };
}

/** Null-prototype records: shape and member names are keys, and `__proto__` is a valid name. */
function record<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** The shape set of these keys (sorted), with only the parts that hold something. */
function setData(keys: readonly string[], entries: ReadonlyMap<string, ShapeEntry>): ShapeSetData {
  const shapes = record<CliShape>();
  const shapeDocs = record<string>();
  const memberDocs = record<string>();
  const shapeConstraints = record<ConstraintsData>();
  const memberConstraints = record<ConstraintsData>();
  for (const key of [...keys].sort()) {
    const e = entries.get(key)!;
    shapes[key] = e.shape;
    if (e.doc !== undefined) shapeDocs[key] = e.doc;
    for (const [k, v] of e.members) memberDocs[k] = v;
    if (e.constraints !== undefined) shapeConstraints[key] = e.constraints;
    for (const [k, v] of e.memberConstraints) memberConstraints[k] = v;
  }
  const some = (r: object) => Object.keys(r).length > 0;
  return {
    shapes: shapes,
    ...(some(shapeDocs) || some(memberDocs)
      ? {
          documentation: {
            ...(some(shapeDocs) ? { shapes: sortedRecord(shapeDocs) } : {}),
            ...(some(memberDocs) ? { members: sortedRecord(memberDocs) } : {}),
          },
        }
      : {}),
    ...(some(shapeConstraints) || some(memberConstraints)
      ? {
          constraints: {
            ...(some(shapeConstraints) ? { shapes: sortedRecord(shapeConstraints) } : {}),
            ...(some(memberConstraints) ? { members: sortedRecord(memberConstraints) } : {}),
          },
        }
      : {}),
  };
}

function sortedRecord<T>(r: Record<string, T>): Record<string, T> {
  const out = record<T>();
  for (const key of Object.keys(r).sort()) out[key] = r[key]!;
  return out;
}

/** A file base name for a shape key (`ns#Name` keys of other namespaces hold a `#`). */
function safeFileName(key: string, taken: Set<string>): string {
  const base = fileBaseName(key.replace(/[^A-Za-z0-9_.-]/g, "_"));
  let name = base;
  // Unique ignoring case: the package may be unpacked on a case-insensitive file system.
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base}_${i}`;
  taken.add(name.toLowerCase());
  return name;
}

/**
 * The bytes of JSON a shape set must save (its size times the operations beyond the first that
 * share it) to be written once rather than with each operation: measured on whole SageMaker
 * (bench/generate-service.mjs), where module loads outweigh the bytes below it.
 */
export const MIN_SAVED_BYTES = 10_000;

/** An option as stored: without `required` when it is `false`, the runtime's default. */
function storedOption(option: CliOption): OwnDescriptionData["options"][number] {
  if (option.required) return { ...option, required: true };
  const { required: _, ...rest } = option;
  return rest;
}

/** Splits the descriptions of a package's operations into own parts and shared shape sets. */
export function splitDescriptions(
  descriptions: readonly OperationDescriptionData[],
  minSavedBytes = MIN_SAVED_BYTES,
): SplitDescriptions {
  // Every operation that reaches a key; the key means one shape of the model in every one of
  // them (the shape builder keys by shape id), so its entry is the same in each.
  const users = new Map<string, number[]>();
  const entries = new Map<string, ShapeEntry>();
  descriptions.forEach((d, i) => {
    for (const key of Object.keys(d.shapes)) {
      const list = users.get(key);
      if (list) list.push(i);
      else {
        users.set(key, [i]);
        entries.set(key, entryOf(d, key));
      }
    }
  });
  const groups = new Map<string, string[]>();
  for (const [key, list] of users) {
    if (list.length < 2) continue;
    const signature = list.join(",");
    const group = groups.get(signature);
    if (group) group.push(key);
    else groups.set(signature, [key]);
  }
  // A group whose repetition would cost less than `minSavedBytes` stays in each operation's
  // own part: every shape set is one more module to load, and loading a module costs more
  // than reading a few kilobytes of data in one already loaded.
  const inline = new Set<string>();
  const ordered = [...groups]
    .map(([signature, keys]) => ({
      users: signature.split(",").map(Number),
      keys: [...keys].sort(),
    }))
    .filter((g) => {
      const saved = JSON.stringify(setData(g.keys, entries)).length * (g.users.length - 1);
      if (saved >= minSavedBytes) return true;
      for (const key of g.keys) inline.add(key);
      return false;
    });
  const taken = new Set<string>();
  // In order of their first key, so a set's file name is its first key where it can be.
  ordered.sort((a, b) => (a.keys[0]! < b.keys[0]! ? -1 : 1));
  const sets = ordered.map((g) => ({
    file: safeFileName(g.keys[0]!, taken),
    operations: g.users.map((i) => descriptions[i]!.name),
    data: setData(g.keys, entries),
  }));
  const sharedBy = descriptions.map((): number[] => []);
  ordered.forEach((g, index) => g.users.forEach((i) => sharedBy[i]!.push(index)));

  const operations = descriptions.map((d, i) => {
    const ownKeys = Object.keys(d.shapes).filter((k) => users.get(k)!.length < 2 || inline.has(k));
    const part = setData(ownKeys, entries);
    const ownPart: OwnDescriptionData = {
      name: d.name,
      operationName: d.operationName,
      ...(d.input !== undefined ? { input: d.input } : {}),
      ...(d.output !== undefined ? { output: d.output } : {}),
      ...(d.streamingOutput !== undefined ? { streamingOutput: d.streamingOutput } : {}),
      options: d.options.map(storedOption),
      shapes: part.shapes,
      ...(d.documentation.operation !== undefined || part.documentation !== undefined
        ? {
            documentation: {
              ...(d.documentation.operation !== undefined
                ? { operation: d.documentation.operation }
                : {}),
              ...part.documentation,
            },
          }
        : {}),
      ...(part.constraints !== undefined ? { constraints: part.constraints } : {}),
      ...(d.pagination !== undefined ? { pagination: d.pagination } : {}),
    };
    return { own: ownPart, shared: sharedBy[i]! };
  });
  return { sets, operations };
}
