// The stand-ins of a generated package's lazy root (`dist/lazy-root.js`, what Node.js loads for
// the package's root where it can require() an ES module). A whole service's root exports
// thousands of functions; importing all their code costs most of a second. The lazy root
// exports the same names, each bound to a stand-in that loads the module holding the real
// function (one operation's entry point) on its first call, and calls it from then on. The
// modules are loaded with the lazy root's own `require`, from a list the generator wrote: no
// name a caller passes ever becomes a path.

/** The module at `index` of the list given to `moduleLoader`, loaded on the first call only. */
export type ModuleLoader = (index: number) => Readonly<Record<string, unknown>>;

/**
 * Loads the modules of `specifiers` by index, each once, with `load` (the lazy root's
 * `createRequire(import.meta.url)`: synchronous, so the stand-ins stay synchronous too).
 */
export function moduleLoader(
  load: (specifier: string) => unknown,
  specifiers: readonly string[],
): ModuleLoader {
  const loaded = new Map<number, Readonly<Record<string, unknown>>>();
  return (index) => {
    let module = loaded.get(index);
    if (module === undefined) {
      const specifier = specifiers[index];
      if (specifier === undefined)
        throw new RangeError(`module ${index} is not one of the ${specifiers.length} listed`);
      module = load(specifier) as Readonly<Record<string, unknown>>;
      loaded.set(index, module);
    }
    return module;
  };
}

type AnyFunction = (first: unknown, second: unknown) => unknown;

/** The function `name` of module `index`: a package inconsistent with itself is an error. */
function exportedFunction(modules: ModuleLoader, index: number, name: string): AnyFunction {
  const value = modules(index)[name];
  if (typeof value !== "function")
    throw new TypeError(`the package's module ${index} has no function ${JSON.stringify(name)}`);
  return value as AnyFunction;
}

/**
 * A stand-in for the function `name` of module `index`: the same arguments, result and throws.
 * Generated guards, assertions and validators take at most two arguments. One closure: a whole
 * service's root makes thousands of stand-ins when it is imported, so each costs one allocation.
 */
export function lazyFunction<F extends (...args: never[]) => unknown>(
  modules: ModuleLoader,
  index: number,
  name: string,
): F {
  let real: AnyFunction | undefined;
  // A guard's hot path is one check, then the real function.
  const call = (first: unknown, second: unknown): unknown =>
    (real ??= exportedFunction(modules, index, name))(first, second);
  return call as unknown as F;
}

/**
 * `lazyFunction` for a validator, with its Standard Schema (`~standard`, not enumerable, as on
 * the real one): reading it loads the module too. The call and the getter share one lookup.
 */
export function lazyValidator<V extends (...args: never[]) => unknown>(
  modules: ModuleLoader,
  index: number,
  name: string,
): V {
  let real: AnyFunction | undefined;
  const call = (first: unknown, second: unknown): unknown =>
    (real ??= exportedFunction(modules, index, name))(first, second);
  Object.defineProperty(call, "~standard", {
    get: () =>
      ((real ??= exportedFunction(modules, index, name)) as unknown as Record<string, unknown>)[
        "~standard"
      ],
    enumerable: false,
  });
  return call as unknown as V;
}
