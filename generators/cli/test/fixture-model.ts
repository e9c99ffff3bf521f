// The tests' one way to read a fixture model file and build what `shapekit cli --model` serves
// from it: the model and its service, or the command surface of that service.
import { loadModel, selectService, type Model, type Shape } from "@shapekit/model";
import { modelCommandSurface } from "../src/model-cli/model-surface.js";

/** The model in `file` and its one service; throws when the fixture does not load. */
export function loadFixtureModel(file: string): { model: Model; service: Shape } {
  const { model } = loadModel([file]);
  if (!model) throw new Error(`fixture ${file} does not load`);
  const selection = selectService(model, undefined);
  if (!selection.ok) throw new Error(selection.message);
  return { model, service: selection.service };
}

/** The command surface `shapekit cli --model <file>` serves. */
export function fixtureSurface(file: string): ReturnType<typeof modelCommandSurface> {
  const { model, service } = loadFixtureModel(file);
  return modelCommandSurface(model, service);
}
