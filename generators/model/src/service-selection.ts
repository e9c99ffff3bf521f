// Which service of a model a command works on: the one named (an absolute id or a bare name),
// or the model's only service. Shared by `shapekit generate` and `shapekit cli`.

import type { Model, Shape } from "./model.js";

export type ServiceSelection =
  { readonly ok: true; readonly service: Shape } | { readonly ok: false; readonly message: string };

export function selectService(model: Model, wanted: string | undefined): ServiceSelection {
  const services = model.ownShapes().filter((s) => s.type === "service");
  const found =
    wanted === undefined
      ? services.length === 1
        ? services[0]
        : undefined
      : services.find((s) => s.id === wanted || (!wanted.includes("#") && s.name === wanted));
  if (found) return { ok: true, service: found };
  const list = services.length
    ? ` (services: ${services.map((s) => s.id).join(", ")})`
    : " (the model defines no service)";
  return {
    ok: false,
    message:
      wanted === undefined
        ? `the model has ${services.length} services; say which one${list}`
        : `${wanted} is not a service of the model${list}`,
  };
}
