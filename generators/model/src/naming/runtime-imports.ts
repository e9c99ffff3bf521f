// Imports from the hand-written runtimes, always under an alias:
// `import { memberPath as __memberPath } from "@shapekit/validation"`. Generated modules also
// declare and import names that come from the model (a structure named `ValidationError`, an
// operation whose description constant is `run`), and a runtime export imported under its own
// name could clash with any of them. The symbol provider never gives a model name a leading
// `__` (typescript-names.ts), so `__` + the export's name is free in every module:
// smithy-typescript imports its `@smithy/*` runtimes the same way. Re-exports
// (`export { ValidationError } from "@shapekit/validation"`) bind no local name and stay as
// they are. Emitters declare every runtime import through the module writer
// (`ModuleText.runtime` in generated-package), which uses this module, and refer to what they
// imported through `runtimeName`.

/**
 * The packages generated code imports under aliases: the runtimes (and the validation
 * runtime's `core` and `lazy` entry points, which validators and a lazy root import instead of
 * the whole runtime) and `@smithy/types`.
 */
export const RUNTIME_PACKAGES: ReadonlySet<string> = new Set([
  "@shapekit/validation",
  "@shapekit/validation/core",
  "@shapekit/validation/lazy",
  "@shapekit/shorthand",
  "@shapekit/cli",
  "@smithy/types",
]);

/** The local name of a runtime export in generated code: `IssueCollector` → `__IssueCollector`. */
export function runtimeName(exported: string): string {
  return `__${exported}`;
}

/** `from`, checked to be a runtime package (importing anything else under an alias is a bug). */
export function runtimePackage(from: string): string {
  if (!RUNTIME_PACKAGES.has(from)) throw new Error(`${from} is not a runtime package`);
  return from;
}

/**
 * Import specifiers with their aliases: `memberPath as __memberPath`, and for names written
 * `type X`, `type X as __X`.
 */
export function runtimeSpecifiers(names: readonly string[]): string[] {
  return names.map((name) => {
    const isType = name.startsWith("type ");
    const exported = isType ? name.slice("type ".length) : name;
    return `${isType ? "type " : ""}${exported} as ${runtimeName(exported)}`;
  });
}
