// Where a trait may be applied: the `selector` of its `@trait` definition, evaluated over the
// resolved shapes (selectors.ts). `@idempotent` on a string, or `@httpLabel` on a shape rather
// than a member, is an error, as in the reference loader. A selector this module does not
// understand leaves the trait's placement unchecked.

import { memberEntries, memberNamed, type AstMember } from "../ast.js";
import type { ResolveContext } from "./context.js";
import {
  maxHops,
  parseSelector,
  select,
  shapeNeighbors,
  type SelectorModel,
  type Step,
} from "./selectors.js";

/** Answers "may this trait stand on that shape or member?" for one resolver run. */
export class TraitPlacement {
  readonly #parsed = new Map<string, Step[] | undefined>();
  /** Whole-model results, for the selectors that need them (see `allows`). */
  readonly #selected = new Map<string, Set<string>>();
  #model: SelectorModel | undefined;

  constructor(readonly ctx: ResolveContext) {}

  /**
   * Whether `subject` (a shape or member id) is among the shapes `selector` selects; undefined
   * when the selector uses syntax this module does not evaluate.
   */
  allows(selector: string, subject: string): boolean | undefined {
    let steps = this.#parsed.get(selector);
    if (!this.#parsed.has(selector)) this.#parsed.set(selector, (steps = parseSelector(selector)));
    if (steps === undefined) return undefined;
    const model = (this.#model ??= selectorModelOf(this.ctx));
    // Selecting from fewer shapes selects no more, so a subject selected starting from itself
    // (and, for a member, its container) is allowed. When it is not, that settles it if the
    // selector takes no `>` step (then only the subject itself could lead to it) or, for a
    // member, one (then only its container could). Otherwise the whole model decides, once.
    const dollar = subject.indexOf("$");
    const near = dollar === -1 ? [subject] : [subject, subject.slice(0, dollar)];
    if (select(steps, model, near, subject).has(subject)) return true;
    const hops = maxHops(steps);
    if (hops === 0 || (hops === 1 && dollar !== -1)) return false;
    let all = this.#selected.get(selector);
    if (all === undefined) this.#selected.set(selector, (all = select(steps, model, model.ids)));
    return all.has(subject);
  }

  /** `allows`, as a function of its own (for `@idRef` checks of trait values). */
  readonly selects = (selector: string, id: string): boolean | undefined =>
    this.allows(selector, id);
}

/** The resolver's shapes as a selector sees them (members as `ns#Shape$member`). */
export function selectorModelOf(ctx: ResolveContext): SelectorModel {
  const shapes = ctx.shapes;
  const ids: string[] = [];
  for (const [id, entry] of shapes) {
    ids.push(id);
    for (const [name] of memberEntries(entry.ast)) ids.push(`${id}$${name}`);
  }
  const member = (id: string): AstMember | undefined => {
    const dollar = id.indexOf("$");
    if (dollar === -1) return undefined;
    const container = shapes.get(id.slice(0, dollar))?.ast;
    return container && memberNamed(container, id.slice(dollar + 1));
  };
  return {
    ids,
    type: (id) => (id.includes("$") ? member(id) && "member" : shapes.get(id)?.ast.type),
    hasTrait: (id, trait) => {
      const traits = id.includes("$") ? member(id)?.traits : shapes.get(id)?.ast.traits;
      return traits !== undefined && Object.hasOwn(traits, trait);
    },
    neighbors: (id) => {
      if (id.includes("$")) {
        const target = member(id)?.target;
        return target === undefined ? [] : [target];
      }
      const shape = shapes.get(id)?.ast;
      return shape ? shapeNeighbors(id, shape) : [];
    },
    isNeighbor(from, to) {
      // A member is a neighbor of its container only: no need to list the container's members.
      const dollar = to.indexOf("$");
      if (dollar !== -1)
        return !from.includes("$") && to.slice(0, dollar) === from && member(to) !== undefined;
      return this.neighbors(from).includes(to);
    },
  };
}
