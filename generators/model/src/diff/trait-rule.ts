// The contract between the trait diff and its rule modules. A rule module owns a few trait ids;
// it sees both trait sets of one shape or member at once, because some rules need several traits
// together (adding @default is fine exactly when @required goes away in the same change).

import type { NodeValue } from "../ast.js";
import type { Member, Model, Shape, Traits } from "../model.js";
import type { ModelChange } from "./model-change.js";

/** The two versions of one shape or member whose traits are compared. */
export interface TraitHolderPair {
  /** The shape or member id changes are reported at. */
  readonly id: string;
  readonly oldModel: Model;
  readonly newModel: Model;
  /** The shape, or for a member, the member's container. */
  readonly oldShape: Shape;
  readonly newShape: Shape;
  /** Present when the traits are a member's. */
  readonly oldMember?: Member;
  readonly newMember?: Member;
  readonly oldTraits: Traits;
  readonly newTraits: Traits;
}

/** A set of trait ids and the rule that classifies changes to them. */
export interface TraitRuleModule {
  readonly traits: ReadonlySet<string>;
  diff(pair: TraitHolderPair): ModelChange[];
}

/** The old and new value of one trait (`undefined`: not applied on that side). */
export interface TraitValues {
  readonly before: NodeValue | undefined;
  readonly after: NodeValue | undefined;
}

export function traitValues(pair: TraitHolderPair, traitId: string): TraitValues {
  return { before: pair.oldTraits.get(traitId), after: pair.newTraits.get(traitId) };
}

/** `@name` for a prelude trait, the absolute id otherwise: how people write traits. */
export function traitLabel(traitId: string): string {
  return traitId.startsWith("smithy.api#")
    ? `@${traitId.slice("smithy.api#".length)}`
    : `@${traitId}`;
}
