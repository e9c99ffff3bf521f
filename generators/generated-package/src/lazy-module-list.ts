// The one statement both lazy roots (validators' and cli-skeleton's `src/lazy-root.ts`) start
// with: the modules their stand-ins load, by index, with the root's own `require` (Node.js's
// `createRequire(import.meta.url)`, which loads an ES module synchronously).

import type { ModuleText } from "./module-writer.js";
import { callEndingInList } from "./typescript-text.js";

/** The local name the stand-ins load modules through: `__load(i)`. */
export const LAZY_LOAD = "__load";

/**
 * Declares `const __load = <moduleLoader>(__createRequire(import.meta.url), [...specifiers])`
 * in prettier's layout, after `doc`, and imports `createRequire` for it.
 * @param moduleLoader the local name of the runtime's `moduleLoader`
 */
export function lazyModuleList(
  module: ModuleText,
  moduleLoader: string,
  specifiers: readonly string[],
  doc: string,
): void {
  module.importNames(["createRequire as __createRequire"], "node:module");
  const { text, laidOut } = callEndingInList(
    `const ${LAZY_LOAD} = ${moduleLoader}(__createRequire(import.meta.url), `,
    specifiers.map((s) => JSON.stringify(s)),
  );
  module.doc(doc).statement(text, { laidOut });
}
