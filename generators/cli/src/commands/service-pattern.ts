// `shapekit generate --service <pattern>`: which services a pattern selects, and how each is
// generated alone, so that one run can generate them all (commands/generate.ts runs them).

import path from "node:path";
import { minimatch } from "minimatch";
import type { LoadModelResult } from "@shapekit/model";
import type { ModelOnlyOptions } from "../config.js";
import type { CommandIo } from "./io.js";

/** Whether `--service` is a pattern over service names (`*`, `sage*`) rather than one service. */
export function isServicePattern(service: string): boolean {
  return /[*?[\]{}]/.test(service);
}

/** One service of a `--service <pattern>` run: its name in the output and its generation's options. */
export interface SelectedService {
  readonly name: string;
  readonly options: ModelOnlyOptions;
  /** The model, when it was loaded to select the service (the generation then reuses it). */
  readonly loaded?: LoadModelResult;
}

/**
 * The services `--service <pattern>` selects, in name order, each with the options that
 * generate it alone: over botocore's data folder, its service folders by name (each read as
 * `--model <data>/<service>`); over any other model, the services it defines, by shape name or
 * id (each as `--service <id>`). A string when there is nothing to generate: why.
 */
export async function selectServices(
  models: readonly string[],
  pattern: string,
  modelOptions: (modelFiles: string[], service: string | undefined) => ModelOnlyOptions,
  io: CommandIo,
): Promise<SelectedService[] | string> {
  const { botocoreServiceFolders, loadModel } = await import("@shapekit/model");
  const root = models.length === 1 ? models[0]! : undefined;
  const folders = root === undefined ? undefined : botocoreServiceFolders(root);
  if (root !== undefined && folders !== undefined) {
    const selected = folders.filter((name) => minimatch(name, pattern));
    if (selected.length > 0)
      return selected.map((name) => ({
        name,
        options: modelOptions([path.join(root, name)], undefined),
      }));
    return `no service folder of ${path.relative(io.cwd, root) || "."} matches (it has ${folders.length}: ${folders.slice(0, 10).join(", ")}${folders.length > 10 ? ", …" : ""})`;
  }
  // Any other model is loaded once, to list its services and for each generation; a model with
  // errors is reported by the one generation that then runs (it says what is wrong, where).
  const loaded = loadModel(models);
  const model = loaded.model;
  if (model === undefined)
    return [{ name: pattern, options: modelOptions([...models], undefined), loaded }];
  const services = model
    .ownShapes()
    .filter((s) => s.type === "service")
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const selected = services.filter((s) => minimatch(s.name, pattern) || minimatch(s.id, pattern));
  if (selected.length > 0)
    return selected.map((s) => ({ name: s.id, options: modelOptions([...models], s.id), loaded }));
  return `no service of the model matches (${services.length === 0 ? "it defines none" : `it has ${services.length}: ${services.map((s) => s.id).join(", ")}`})`;
}
