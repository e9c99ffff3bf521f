// Shape ids (`namespace#Name$member`): parsing and the prelude namespace.

export const PRELUDE_NAMESPACE = "smithy.api";

export interface ParsedShapeId {
  readonly namespace: string;
  readonly name: string;
  readonly member?: string;
}

const SHAPE_ID =
  /^([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)#([A-Za-z_][A-Za-z0-9_]*)(?:\$([A-Za-z_][A-Za-z0-9_]*))?$/;

/** Parses an absolute shape id; `undefined` when the text is not one. */
export function parseShapeId(id: string): ParsedShapeId | undefined {
  const m = SHAPE_ID.exec(id);
  if (!m) return undefined;
  return m[3] === undefined
    ? { namespace: m[1]!, name: m[2]! }
    : { namespace: m[1]!, name: m[2]!, member: m[3] };
}

/** The name part of an absolute id (`ns#Name` → `Name`). */
export function shapeName(id: string): string {
  const hash = id.indexOf("#");
  const dollar = id.indexOf("$", hash);
  return id.slice(hash + 1, dollar === -1 ? undefined : dollar);
}

export function shapeNamespace(id: string): string {
  return id.slice(0, id.indexOf("#"));
}

export function isPreludeId(id: string): boolean {
  return id.startsWith(`${PRELUDE_NAMESPACE}#`);
}
