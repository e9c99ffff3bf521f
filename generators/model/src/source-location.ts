// Where something came from in a model file, so every diagnostic can point at it.

/** A 1-based line and column in a named file. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/**
 * Locations of the things a loader produced, keyed by a pointer string:
 * - `ns#Shape` — the shape's definition (or its `apply`),
 * - `ns#Shape$member` — a member,
 * - `ns#Shape@trait.id` / `ns#Shape$member@trait.id` — a trait application,
 * - `ns#Shape>mixin.ns#Mixin` / `ns#Shape>target` style pointers are free-form extras a loader may add,
 * - `metadata.key` — a metadata entry.
 * A JSON AST file has no line information per node beyond what its loader records; missing
 * entries fall back to the file itself (line 1, column 1).
 */
export type SourceMap = ReadonlyMap<string, SourceLocation>;

/** Pointer helpers so that every loader and the resolver spell pointers the same way. */
export const pointer = {
  shape: (id: string): string => id,
  member: (shapeId: string, member: string): string => `${shapeId}$${member}`,
  trait: (subject: string, traitId: string): string => `${subject}@${traitId}`,
  metadata: (key: string): string => `metadata.${key}`,
} as const;

/** The location used when nothing more precise is known about a file. */
export function fileStart(file: string): SourceLocation {
  return { file, line: 1, column: 1 };
}
