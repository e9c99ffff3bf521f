// `src/lazy-root.ts`: the package's root as Node.js loads it where it can require() an ES module
// (the `node` + `module-sync` export conditions: Node.js 20.19, 22.12 and later). It exports
// what `src/index.ts` exports, but each function is a stand-in (`@shapekit/validation`'s
// `lazyValidator` / `lazyFunction`) that loads the one operation entry point re-exporting it on
// its first call. A whole service's root then imports in the time its names take, not its
// thousands of shape modules. Elsewhere (browsers, bundlers, older Node.js) the root is
// `src/index.ts`; the declarations are index.ts's in every case.

import {
  LAZY_LOAD,
  lazyModuleList,
  plainCallAssignment,
  type ModuleText,
  type ModuleWriter,
} from "@shapekit/generated-package";
import type { GeneratedFile } from "@shapekit/model";
import {
  publicNames,
  RUNTIME_REEXPORTS,
  validateExport,
  type OperationReexport,
  type PublicShape,
} from "./emit-modules.js";

/** One operation's entry point as the lazy root sees it: its module and what it re-exports. */
export interface OperationEntry {
  /** `./operations/<Op>.js`, relative to the lazy root. */
  readonly specifier: string;
  /** What it re-exports (`operationReexports`): the lazy root binds a name to its `own` names only. */
  readonly reexports: readonly OperationReexport[];
  /** How many shape modules loading it evaluates (its closure): the cost of loading it. */
  readonly cost: number;
}

/** What the lazy root imports from the validation runtime. */
const LAZY_RUNTIME = "@shapekit/validation/lazy";

/** The root, which exports every shape's functions: loaded for a shape no operation re-exports. */
const WHOLE_ROOT = "./index.js";

/**
 * Which module each public function is loaded from: the cheapest entry point that re-exports
 * it (fewest shapes to evaluate; the first in operation order among equals), or the whole root.
 */
function loadPlan(
  shapes: readonly PublicShape[],
  entries: readonly OperationEntry[],
): { specifiers: string[]; moduleOf: Map<string, number> } {
  const byCost = [...entries].sort((a, b) => a.cost - b.cost);
  const specifiers: string[] = [];
  const indexOf = new Map<string, number>();
  const index = (specifier: string) => {
    let i = indexOf.get(specifier);
    if (i === undefined) {
      i = specifiers.length;
      specifiers.push(specifier);
      indexOf.set(specifier, i);
    }
    return i;
  };
  // Each name's cheapest entry point, in one pass over what the entry points re-export (a
  // whole service has thousands of names and hundreds of entry points).
  const cheapest = new Map<string, string>();
  for (const entry of byCost)
    for (const { own } of entry.reexports)
      for (const name of own) if (!cheapest.has(name)) cheapest.set(name, entry.specifier);
  const moduleOf = new Map<string, number>();
  for (const shape of shapes)
    for (const name of publicNames(shape.names))
      moduleOf.set(name, index(cheapest.get(name) ?? WHOLE_ROOT));
  return { specifiers, moduleOf };
}

/** `src/lazy-root.ts`; preformatted (every statement is one of the writer's layouts). */
export function lazyRootModule(
  writer: ModuleWriter,
  shapes: readonly PublicShape[],
  entries: readonly OperationEntry[],
): GeneratedFile {
  const module = writer.module();
  // The runtime's `lazy` entry point: importing the whole runtime would cost the root more
  // than its stand-ins do.
  module.importNames(["ShapeName", "ShapeTypes"], "./validate.js", { typeOnly: true });
  module.reexportNames(["ShapeName", "ShapeTypes"], "./validate.js", { typeOnly: true });
  module.reexportNames(RUNTIME_REEXPORTS, LAZY_RUNTIME);
  // A package whose operations reach no shape has no stand-ins, and imports nothing for them.
  if (shapes.length > 0) standIns(module, shapes, entries);
  // Over the stand-ins: `validate` loads only the shape it is asked for.
  validateExport(module, LAZY_RUNTIME, shapes);
  return writer.file("src/lazy-root.ts", module);
}

/** The module list and, for each shape, its three stand-ins. */
function standIns(
  module: ModuleText,
  shapes: readonly PublicShape[],
  entries: readonly OperationEntry[],
): void {
  const rt = module.runtime(LAZY_RUNTIME, ["lazyFunction", "lazyValidator", "moduleLoader"]);
  module.importNamespace("__root", "./index.js", { typeOnly: true });
  const { specifiers, moduleOf } = loadPlan(shapes, entries);
  lazyModuleList(
    module,
    rt.moduleLoader,
    specifiers,
    "The modules the functions below load, each the first time one of its functions is called.",
  );
  for (const shape of shapes) {
    const n = shape.names;
    for (const [name, callee] of [
      [n.validate, rt.lazyValidator],
      [n.is, rt.lazyFunction],
      [n.assert, rt.lazyFunction],
    ] as const) {
      const { text, laidOut } = plainCallAssignment(
        `export const ${name}: typeof __root.${name}`,
        callee,
        [LAZY_LOAD, String(moduleOf.get(name)), JSON.stringify(name)],
      );
      module.statement(text, { laidOut });
    }
  }
}
