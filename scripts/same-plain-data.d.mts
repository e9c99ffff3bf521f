// Types of same-plain-data.mjs, for the TypeScript test that imports it.

/** Whether `a` and `b` are the same plain data (NaN equals NaN; -0 equals 0, as JSON reads it). */
export function samePlainData(a: unknown, b: unknown): boolean;
