// The part of Smithy's selector language that trait definitions use to say where a trait may be
// applied (`@trait(selector: "structure > member :test(> string)")`): shape types (with the
// groups `simpleType`, `number`, `collection`, and `*`), `[trait|name]`, the `>` step to
// directly connected shapes, and `:is(…)`, `:test(…)`, `:not(…)`. A selector that uses anything
// else (relationship steps such as `-[input]->`, variables, attribute comparisons, other
// functions) is "not understood", and the trait's placement is then not checked: a check that
// knows only part of a selector could only guess.

import { memberEntries, RESOURCE_LIFECYCLE, type AstShape } from "../ast.js";
import { PRELUDE_NAMESPACE } from "../shape-id.js";

export type Step =
  | { readonly kind: "type"; readonly name: string }
  | { readonly kind: "trait"; readonly id: string }
  | { readonly kind: "neighbors" }
  | { readonly kind: "is" | "test" | "not"; readonly selectors: readonly Step[][] };

const SIMPLE_TYPES = [
  "blob",
  "boolean",
  "document",
  "string",
  "enum",
  "byte",
  "short",
  "integer",
  "intEnum",
  "long",
  "float",
  "double",
  "bigDecimal",
  "bigInteger",
  "timestamp",
];
const NUMBER_TYPES = SIMPLE_TYPES.slice(SIMPLE_TYPES.indexOf("byte"), -1);
/** The shape types each type name of a selector matches. */
const TYPE_NAMES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ...[
    ...SIMPLE_TYPES,
    ...["structure", "union", "list", "set", "map", "service", "operation", "resource", "member"],
  ].map((t): [string, ReadonlySet<string>] => [t, new Set([t])]),
  ["string", new Set(["string", "enum"])],
  ["integer", new Set(["integer", "intEnum"])],
  ["simpleType", new Set(SIMPLE_TYPES)],
  ["number", new Set(NUMBER_TYPES)],
  ["collection", new Set(["list", "set"])],
]);

/** The steps of `selector`, or undefined when it uses what this module does not understand. */
export function parseSelector(selector: string): Step[] | undefined {
  const parser = new SelectorParser(selector);
  const steps = parser.steps(false);
  return steps !== undefined && parser.done() ? steps : undefined;
}

/**
 * How deep `:is(…)`, `:test(…)` and `:not(…)` may nest. A selector nested deeper is left
 * unevaluated (as unsupported syntax is) rather than parsed and run by recursion as deep as the
 * text: a hostile model must not exhaust the stack.
 */
const MAX_FUNCTION_DEPTH = 32;
/**
 * How many steps a selector may take in all. Evaluation costs steps × shapes, so a selector of
 * megabytes in a model of thousands of shapes would run for hours: past this it is left
 * unevaluated too (the selectors of real trait definitions take a handful).
 */
const MAX_STEPS = 256;

/** Sticky: matched at `lastIndex`, so no step copies the rest of the selector. */
const FUNCTION_OPEN = /:(is|test|not)\(/y;
const WORD = /[A-Za-z]+/y;

class SelectorParser {
  #pos = 0;
  #depth = 0;
  #steps = 0;
  constructor(readonly text: string) {}

  done(): boolean {
    this.#skipSpace();
    return this.#pos === this.text.length;
  }

  /** Steps up to the end, or (inside a function) up to the `,` or `)` that ends a selector. */
  steps(nested: boolean): Step[] | undefined {
    const steps: Step[] = [];
    for (;;) {
      this.#skipSpace();
      const c = this.text[this.#pos];
      if (c === undefined || (nested && (c === "," || c === ")"))) return steps;
      const step = ++this.#steps > MAX_STEPS ? undefined : this.#step();
      if (step === undefined) return undefined;
      steps.push(step);
    }
  }

  #step(): Step | undefined {
    const c = this.text[this.#pos]!;
    if (c === ">") {
      this.#pos++;
      return { kind: "neighbors" };
    }
    if (c === "*") {
      this.#pos++;
      return { kind: "type", name: "*" };
    }
    if (c === "[") {
      const end = this.text.indexOf("]", this.#pos);
      const attribute = end === -1 ? "" : this.text.slice(this.#pos + 1, end);
      const match = /^trait\|([A-Za-z_][\w.]*(?:#[A-Za-z_]\w*)?)$/.exec(attribute);
      if (!match) return undefined;
      this.#pos = end + 1;
      const id = match[1]!.includes("#") ? match[1]! : `${PRELUDE_NAMESPACE}#${match[1]}`;
      return { kind: "trait", id };
    }
    if (c === ":") {
      FUNCTION_OPEN.lastIndex = this.#pos;
      const name = FUNCTION_OPEN.exec(this.text)?.[1];
      if (name === undefined || this.#depth >= MAX_FUNCTION_DEPTH) return undefined;
      this.#pos += name.length + 2;
      this.#depth++;
      const selectors: Step[][] = [];
      for (;;) {
        const steps = this.steps(true);
        if (steps === undefined || steps.length === 0) return undefined;
        selectors.push(steps);
        const next = this.text[this.#pos];
        this.#pos++;
        if (next === ")") break;
        if (next !== ",") return undefined;
      }
      this.#depth--;
      return { kind: name as "is" | "test" | "not", selectors };
    }
    WORD.lastIndex = this.#pos;
    const word = WORD.exec(this.text)?.[0];
    if (word === undefined || !TYPE_NAMES.has(word)) return undefined;
    this.#pos += word.length;
    return { kind: "type", name: word };
  }

  #skipSpace(): void {
    while (/\s/.test(this.text[this.#pos] ?? "")) this.#pos++;
  }
}

/** What a selector needs to know of the model: shapes by id (members as `ns#Shape$member`). */
export interface SelectorModel {
  /** Every shape and member id. */
  readonly ids: readonly string[];
  /** The shape type (`member` for members), or undefined for an unknown id. */
  type(id: string): string | undefined;
  hasTrait(id: string, trait: string): boolean;
  /** The shapes directly connected to `id` (a member's target, a structure's members, …). */
  neighbors(id: string): readonly string[];
  /** Whether `to` is among `neighbors(from)` (without listing them). */
  isNeighbor(from: string, to: string): boolean;
}

/**
 * The ids `steps` select, starting from the shapes `start` (the whole model: `model.ids`). With
 * `goal`, only whether `goal` is selected matters: the result is `goal` or nothing, and paths
 * that cannot end there are dropped early.
 */
export function select(
  steps: readonly Step[],
  model: SelectorModel,
  start: readonly string[],
  goal?: string,
): Set<string> {
  const selected = run(steps, start, model, goal);
  return goal === undefined ? new Set(selected) : new Set(selected.includes(goal) ? [goal] : []);
}

/** How many `>` steps a path through `steps` takes at most (`:test` and `:not` only filter). */
export function maxHops(steps: readonly Step[]): number {
  return hopsFrom(steps)[0]!;
}

/** `maxHops` of each suffix of `steps` (`[i]`: from step `i` on), worked out once per selector. */
const suffixHops = new WeakMap<readonly Step[], number[]>();
function hopsFrom(steps: readonly Step[]): number[] {
  let hops = suffixHops.get(steps);
  if (hops === undefined) {
    hops = new Array<number>(steps.length + 1).fill(0);
    for (let i = steps.length - 1; i >= 0; i--) {
      const step = steps[i]!;
      const own =
        step.kind === "neighbors"
          ? 1
          : step.kind === "is"
            ? Math.max(...step.selectors.map(maxHops))
            : 0;
      hops[i] = hops[i + 1]! + own;
    }
    suffixHops.set(steps, hops);
  }
  return hops;
}

function run(
  steps: readonly Step[],
  start: readonly string[],
  model: SelectorModel,
  goal: string | undefined,
): readonly string[] {
  let current = start;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    // Once no `>` step is left, nothing but `goal` itself matters.
    const final = goal !== undefined && hopsFrom(steps)[i + 1] === 0 ? goal : undefined;
    switch (step.kind) {
      case "type": {
        if (step.name === "*") break;
        const types = TYPE_NAMES.get(step.name)!;
        current = current.filter((id) => types.has(model.type(id) ?? ""));
        break;
      }
      case "trait":
        current = current.filter((id) => model.hasTrait(id, step.id));
        break;
      case "neighbors":
        if (final !== undefined)
          current = current.some((id) => model.isNeighbor(id, final)) ? [final] : [];
        else current = [...new Set(current.flatMap((id) => model.neighbors(id)))];
        break;
      case "is": {
        const union = new Set<string>();
        for (const s of step.selectors)
          for (const id of run(s, current, model, final)) union.add(id);
        current = [...union];
        break;
      }
      case "test":
        current = current.filter((id) =>
          step.selectors.some((s) => run(s, [id], model, undefined).length > 0),
        );
        break;
      case "not":
        current = current.filter((id) =>
          step.selectors.every((s) => run(s, [id], model, undefined).length === 0),
        );
        break;
    }
  }
  return current;
}

/** The neighbors of a shape of the JSON AST (`id` its shape id). */
export function shapeNeighbors(id: string, shape: AstShape): string[] {
  const out: string[] = [];
  for (const [name] of memberEntries(shape)) out.push(`${id}$${name}`);
  for (const name of ["input", "output", ...RESOURCE_LIFECYCLE] as const) {
    const ref = shape[name];
    if (ref) out.push(ref.target);
  }
  for (const name of ["errors", "operations", "resources", "collectionOperations"] as const)
    for (const ref of shape[name] ?? []) out.push(ref.target);
  for (const name of ["identifiers", "properties"] as const)
    for (const ref of Object.values(shape[name] ?? {})) out.push(ref.target);
  return out;
}
