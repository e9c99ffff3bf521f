// Types of program-values.mjs, for the TypeScript test that imports it.

/** Whether `a` and `b` are the same plain data (NaN equals NaN; -0 equals 0, as JSON reads it). */
export function samePlainData(a: unknown, b: unknown): boolean;

/** `fc.anything` settings: every kind a program might pass where plain data is expected. */
export const PROGRAM_VALUES: {
  readonly withBigInt: true;
  readonly withDate: true;
  readonly withMap: true;
  readonly withSet: true;
  readonly withNullPrototype: true;
  readonly withObjectString: true;
  readonly withTypedArray: true;
  readonly withSparseArray: true;
  readonly withUnicodeString: true;
  readonly maxDepth: 3;
};
