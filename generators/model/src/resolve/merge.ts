// Merges the files of a model into one shape table and one metadata object.
// - A shape defined twice with identical content is fine (the same file loaded twice, a shared
//   definition copied into two files); different content is an error naming both places.
// - `apply` entries are collected, not merged: they run after mixins are flattened, because they
//   may target members a shape only gets from its mixins.
// - Metadata follows the Smithy merge rules: two arrays concatenate, equal values are kept once,
//   anything else is a conflict.

import type { NodeValue } from "../ast.js";
import type { LoadedFile } from "../loaded-file.js";
import { cloneNode, nodeEquals, shapesEqual } from "../node-value.js";
import { getOwn, setOwn } from "../record.js";
import { fileStart, pointer, type SourceLocation } from "../source-location.js";
import { where, type ResolveContext } from "./context.js";

export function mergeFiles(files: readonly LoadedFile[], ctx: ResolveContext): void {
  const metadataOrigin = new Map<string, SourceLocation>();
  for (const file of files) {
    const locate = (ptr: string): SourceLocation => file.sources.get(ptr) ?? fileStart(file.file);
    for (const [ptr, location] of file.sources)
      if (!ctx.sources.has(ptr)) ctx.sources.set(ptr, location);

    for (const [key, value] of Object.entries(file.ast.metadata ?? {})) {
      const location = locate(pointer.metadata(key));
      const previous = getOwn(ctx.metadata, key);
      if (previous === undefined && !Object.hasOwn(ctx.metadata, key)) {
        setOwn(ctx.metadata, key, cloneNode(value));
        metadataOrigin.set(key, location);
      } else if (Array.isArray(previous) && Array.isArray(value)) {
        setOwn<NodeValue>(ctx.metadata, key, [...previous, ...cloneNode(value)]);
      } else if (!nodeEquals(previous, value)) {
        ctx.error(
          "metadata-conflict",
          `Metadata \`${key}\` conflicts with the value defined at ${where(metadataOrigin.get(key)!)}; only arrays merge`,
          location,
        );
      }
    }

    for (const [id, shape] of Object.entries(file.ast.shapes)) {
      const location = locate(pointer.shape(id));
      if (shape.type === "apply") {
        if (shape.traits)
          ctx.applications.push({ target: id, traits: shape.traits, file, location });
        continue;
      }
      const existing = ctx.shapes.get(id);
      if (!existing) {
        ctx.shapes.set(id, { id, ast: cloneNode(shape), file, location });
        ctx.sources.set(pointer.shape(id), location);
      } else if (!shapesEqual(existing.ast, shape)) {
        ctx.error(
          "shape-conflict",
          `Shape ${id} is defined twice with different content: here and at ${where(existing.location)}`,
          location,
        );
      }
    }
  }
}
