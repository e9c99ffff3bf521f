// Which emitter makes which package kind. Emitters load lazily: handlebars and the emitters'
// helpers are only paid for by commands that emit (ts-morph only by a structure printed).

import type { Emitter } from "@shapekit/model";
import type { PackageKind } from "./config.js";

const EMITTERS: Record<PackageKind, () => Promise<Emitter>> = {
  types: async () => (await import("@shapekit/emit-types")).emitTypes,
  validators: async () => (await import("@shapekit/emit-validators")).emitValidators,
  shorthand: async () => (await import("@shapekit/emit-shorthand")).emitShorthand,
  "cli-skeleton": async () => (await import("@shapekit/emit-cli-skeleton")).emitCliSkeleton,
};

export function loadEmitter(kind: PackageKind): Promise<Emitter> {
  return EMITTERS[kind]();
}
