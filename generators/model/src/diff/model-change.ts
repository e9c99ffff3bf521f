// The unit of a model diff: one change at one shape or member, classified by what it does to
// existing clients. Smithy's diff tool has four event severities; ShapeKit collapses them to the
// three a release process acts on: ERROR → breaking, DANGER and WARNING → dangerous (a person
// must decide), NOTE → safe.

/** How a change affects code and data that worked with the old model. */
export type ChangeSeverity = "breaking" | "dangerous" | "safe";

/** One difference between two models. */
export interface ModelChange {
  readonly severity: ChangeSeverity;
  /** The shape id (`ns#Shape`) or member id (`ns#Shape$member`, `ns#Enum$VALUE_NAME`) changed. */
  readonly shape: string;
  /** A stable name for the rule that found the change (`RemovedMember`, `ChangedLengthTrait` …). */
  readonly kind: string;
  /** One sentence for a person, naming old and new values where there are any. */
  readonly message: string;
}

/** Severities from the most to the least serious: the order reports list them in. */
export const SEVERITIES: readonly ChangeSeverity[] = ["breaking", "dangerous", "safe"];

export function change(
  severity: ChangeSeverity,
  shape: string,
  kind: string,
  message: string,
): ModelChange {
  return Object.freeze({ severity, shape, kind, message });
}

// Code-unit comparison, not localeCompare: the order must not depend on the machine's locale.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The order `diffModels` promises: shape id, then kind, then message (for equal rules). */
export function compareChanges(a: ModelChange, b: ModelChange): number {
  return (
    compareText(a.shape, b.shape) ||
    compareText(a.kind, b.kind) ||
    compareText(a.message, b.message)
  );
}

/** The most serious severity among `changes`, or `undefined` when there are none. */
export function worstSeverity(changes: readonly ModelChange[]): ChangeSeverity | undefined {
  for (const severity of SEVERITIES)
    if (changes.some((c) => c.severity === severity)) return severity;
  return undefined;
}
