// Members written with an elided target (`$id`). The parser cannot know their target: it
// comes from the identifiers or properties of the resource named in `for`, or else from a
// member of the same name in a mixin, and both are only known once every file is loaded.
//
// Decision: such a member is written in the ordinary JSON AST member form with
// `target: ""`, and a pending reference with role `elided` is recorded for it. Its `name` is
// `$member` as written; the extra fields below tell the resolver which shape holds the
// member and which resource the shape is bound to. The resolver looks the target up
// (resource identifiers first, then properties, then mixin members, as the specification
// orders them) and calls `resolve(target)`, which fills `target` in place.

import type { PendingReference } from "../loaded-file.js";
import type { SourceLocation } from "../source-location.js";

/** The resource named in a shape's `for` clause; `id` is final once its own reference is resolved. */
export interface ResourceBinding {
  id: string;
}

export interface ElidedMemberReference extends PendingReference {
  readonly role: "elided";
  /** Absolute id of the shape that declares the member. */
  readonly container: string;
  /** The member name, without `$`. */
  readonly member: string;
  /**
   * The `for` resource, when the shape has one. Its `id` may still be a placeholder until the
   * pending reference with role `resource-binding` that writes it is resolved, so resolve
   * every other reference before the elided ones.
   */
  readonly resource: ResourceBinding | undefined;
}

export function isElidedMemberReference(ref: PendingReference): ref is ElidedMemberReference {
  return ref.role === "elided";
}

export function elidedMemberReference(
  namespace: string,
  container: string,
  member: string,
  location: SourceLocation,
  resource: ResourceBinding | undefined,
  holder: { target: string },
): ElidedMemberReference {
  return {
    namespace,
    name: `$${member}`,
    location,
    role: "elided",
    container,
    member,
    resource,
    resolve(absoluteId: string): void {
      holder.target = absoluteId;
    },
  };
}
