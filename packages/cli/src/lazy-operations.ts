// What a generated cli-skeleton package's lazy root (`dist/lazy-root.js`, the root Node.js loads
// where it can require() an ES module) builds its surface from: the operations' names, and each
// operation's entry point loaded the first time the operation is used. A whole service's root
// then imports without the descriptions, shorthand parsers and validators of every operation.
// The entry points are loaded with the root's own `require`, from a list the generator wrote.

import type { ModuleLoader } from "@shapekit/validation/core";
import type { CliOperationBinding, CommandSurface, OperationCatalog } from "./command-surface.js";
import type { CliOperationDescription } from "./operation-description.js";

/** What the lazy root reads from an operation's entry point (`./operations/<Operation>.js`). */
interface OperationEntry {
  readonly description: CliOperationDescription;
  readonly surface: CommandSurface;
}

function entry(modules: ModuleLoader, index: number): OperationEntry {
  const module = modules(index) as Partial<OperationEntry>;
  if (module.description === undefined || module.surface === undefined)
    throw new TypeError(`the package's module ${index} is not an operation's entry point`);
  return module as OperationEntry;
}

/**
 * The operations `names` (in model order), the one at index `i` bound from entry point `i` of
 * `modules` the first time the surface needs it.
 */
export function lazyOperations(modules: ModuleLoader, names: readonly string[]): OperationCatalog {
  const indexes = new Map(names.map((name, i) => [name, i]));
  return {
    names,
    bind(name: string): CliOperationBinding {
      const index = indexes.get(name);
      if (index === undefined) throw new RangeError(`no operation ${JSON.stringify(name)}`);
      return entry(modules, index).surface.operation(name);
    },
  };
}

/** Every property of a description: the stand-in answers each from the real one. */
const DESCRIPTION_KEYS = Object.keys({
  name: true,
  operationName: true,
  input: true,
  output: true,
  options: true,
  streamingOutput: true,
  shapes: true,
  documentation: true,
  constraints: true,
  pagination: true,
} satisfies Record<keyof CliOperationDescription, true>) as Array<keyof CliOperationDescription>;

/**
 * A stand-in for the description of entry point `index` of `modules`: reading any of its
 * properties loads the entry point, and answers from its description.
 */
export function lazyOperationDescription(
  modules: ModuleLoader,
  index: number,
): CliOperationDescription {
  const standIn = {};
  for (const key of DESCRIPTION_KEYS)
    Object.defineProperty(standIn, key, {
      get: () => entry(modules, index).description[key],
      enumerable: true,
    });
  return standIn as CliOperationDescription;
}
