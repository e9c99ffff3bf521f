// Rule: the bindings of operations, services and resources (not their traits: trait-diff.ts).
//
// | change                                              | severity  | kind                        | Smithy                            |
// |-----------------------------------------------------|-----------|-----------------------------|-----------------------------------|
// | operation input / output shape changed               | breaking  | ChangedOperationInput/Output| ERROR                             |
// | error added to an operation or a service             | dangerous | AddedOperationError/AddedServiceError | WARNING                 |
// | error removed from an operation or a service         | dangerous | RemovedOperationError/RemovedServiceError | WARNING             |
// | operation or resource unbound from a service/resource| breaking  | RemovedOperationBinding/RemovedResourceBinding | ERROR          |
// | operation unbound from a service, still bound through one of its resources | safe | RemovedOperationBinding | NOTE     |
// | operation or resource bound                          | safe      | AddedOperationBinding/AddedResourceBinding | NOTE               |
// | service `rename` entry changed or removed            | breaking  | ServiceRename               | ERROR                             |
// | service `rename` entry added                         | breaking  | ServiceRename               | ERROR (renames an existing name)  |
// | … for a shape the service did not have before         | (none)    |                             | (no event)                        |
// | service version changed                              | safe      | ChangedServiceVersion       | (no event)                        |
// | resource identifiers changed                         | breaking  | ChangedResourceIdentifiers  | ERROR                             |
// | resource lifecycle operation removed or replaced     | breaking  | ChangedResourceLifecycle    | (ShapeKit's own: the call is gone)|
// | resource lifecycle operation added                   | safe      | ChangedResourceLifecycle    | (ShapeKit's own)                  |

import type { AstShapeRef } from "../ast.js";
import type { Model, Shape } from "../model.js";
import { change, type ModelChange } from "./model-change.js";

const LIFECYCLE = ["create", "put", "read", "update", "delete", "list"] as const;

const targets = (refs: readonly AstShapeRef[] | undefined): string[] =>
  (refs ?? []).map((r) => r.target);

function diffRefList(
  out: ModelChange[],
  id: string,
  before: readonly AstShapeRef[] | undefined,
  after: readonly AstShapeRef[] | undefined,
  removed: { kind: string; severity: "breaking" | "dangerous"; what: string },
  added: { kind: string; severity: "safe" | "dangerous"; what: string },
  /** A removed target that this says is still reachable another way: a safe change. */
  stillBound?: (target: string) => boolean,
): void {
  const oldIds = new Set(targets(before));
  const newIds = new Set(targets(after));
  for (const t of oldIds)
    if (!newIds.has(t)) {
      if (stillBound?.(t))
        out.push(
          change(
            "safe",
            id,
            removed.kind,
            `${removed.what} ${t} was removed, but the operation is still bound through a resource`,
          ),
        );
      else out.push(change(removed.severity, id, removed.kind, `${removed.what} ${t} was removed`));
    }
  for (const t of newIds)
    if (!oldIds.has(t))
      out.push(change(added.severity, id, added.kind, `${added.what} ${t} was added`));
}

function diffOperation(out: ModelChange[], before: Shape, after: Shape): void {
  const id = after.id;
  for (const [key, kind] of [
    ["input", "ChangedOperationInput"],
    ["output", "ChangedOperationOutput"],
  ] as const) {
    const from = before.ast[key]?.target;
    const to = after.ast[key]?.target;
    if (from !== to)
      out.push(
        change(
          "breaking",
          id,
          kind,
          `Changed operation ${key} from ${from ?? "(none)"} to ${to ?? "(none)"}`,
        ),
      );
  }
  diffRefList(
    out,
    id,
    before.ast.errors,
    after.ast.errors,
    { kind: "RemovedOperationError", severity: "dangerous", what: "Error" },
    { kind: "AddedOperationError", severity: "dangerous", what: "Error" },
  );
}

function diffBindings(
  out: ModelChange[],
  before: Shape,
  after: Shape,
  stillBound?: (operation: string) => boolean,
): void {
  const id = after.id;
  diffRefList(
    out,
    id,
    before.ast.operations,
    after.ast.operations,
    { kind: "RemovedOperationBinding", severity: "breaking", what: "Operation binding" },
    { kind: "AddedOperationBinding", severity: "safe", what: "Operation binding" },
    stillBound,
  );
  diffRefList(
    out,
    id,
    before.ast.resources,
    after.ast.resources,
    { kind: "RemovedResourceBinding", severity: "breaking", what: "Resource binding" },
    { kind: "AddedResourceBinding", severity: "safe", what: "Resource binding" },
  );
}

function diffService(
  out: ModelChange[],
  before: Shape,
  after: Shape,
  oldModel: Model,
  newModel: Model,
): void {
  const id = after.id;
  // An operation moved from the service to one of its resources is still the service's: its
  // clients keep it (Smithy reports a NOTE). Worked out only when an operation binding goes.
  let contained: Set<string> | undefined;
  const stillBound = (operation: string) =>
    (contained ??= new Set(newModel.closure([id]).map((s) => s.id))).has(operation);
  diffBindings(out, before, after, stillBound);
  diffRefList(
    out,
    id,
    before.ast.errors,
    after.ast.errors,
    { kind: "RemovedServiceError", severity: "dangerous", what: "Service error" },
    { kind: "AddedServiceError", severity: "dangerous", what: "Service error" },
  );
  if (before.ast.version !== after.ast.version) {
    out.push(
      change(
        "safe",
        id,
        "ChangedServiceVersion",
        `Service version changed from ${before.ast.version ?? "(none)"} to ${after.ast.version ?? "(none)"}`,
      ),
    );
  }
  const oldRename = new Map(Object.entries(before.ast.rename ?? {}));
  const newRename = new Map(Object.entries(after.ast.rename ?? {}));
  for (const [shapeId, name] of oldRename) {
    const now = newRename.get(shapeId);
    if (now !== name)
      out.push(
        change(
          "breaking",
          id,
          "ServiceRename",
          `Rename of ${shapeId} changed from ${name} to ${now ?? "(its own name)"}`,
        ),
      );
  }
  // A new rename changes the name clients know a shape by, unless the service did not have the
  // shape before (it comes in with its new name), as Smithy's ServiceRename judges it.
  let oldClosure: Set<string> | undefined;
  for (const [shapeId, name] of newRename) {
    if (oldRename.has(shapeId)) continue;
    oldClosure ??= new Set(oldModel.closure([before.id]).map((s) => s.id));
    if (oldClosure.has(shapeId))
      out.push(change("breaking", id, "ServiceRename", `${shapeId} is now renamed to ${name}`));
  }
}

function diffResource(out: ModelChange[], before: Shape, after: Shape): void {
  const id = after.id;
  diffBindings(out, before, after);
  diffRefList(
    out,
    id,
    before.ast.collectionOperations,
    after.ast.collectionOperations,
    { kind: "RemovedOperationBinding", severity: "breaking", what: "Collection operation binding" },
    { kind: "AddedOperationBinding", severity: "safe", what: "Collection operation binding" },
  );
  const oldIds = JSON.stringify(
    Object.entries(before.ast.identifiers ?? {})
      .map(([k, r]) => [k, r.target])
      .sort(),
  );
  const newIds = JSON.stringify(
    Object.entries(after.ast.identifiers ?? {})
      .map(([k, r]) => [k, r.target])
      .sort(),
  );
  if (oldIds !== newIds)
    out.push(
      change(
        "breaking",
        id,
        "ChangedResourceIdentifiers",
        `Resource identifiers changed from ${oldIds} to ${newIds}`,
      ),
    );
  for (const key of LIFECYCLE) {
    const from = before.ast[key]?.target;
    const to = after.ast[key]?.target;
    if (from === to) continue;
    out.push(
      change(
        from === undefined ? "safe" : "breaking",
        id,
        "ChangedResourceLifecycle",
        `Lifecycle operation ${key} changed from ${from ?? "(none)"} to ${to ?? "(none)"}`,
      ),
    );
  }
}

/** Binding changes between two versions of an operation, service or resource (same type). */
export function diffEntity(
  before: Shape,
  after: Shape,
  oldModel: Model,
  newModel: Model,
): ModelChange[] {
  const out: ModelChange[] = [];
  if (after.type === "operation") diffOperation(out, before, after);
  else if (after.type === "service") diffService(out, before, after, oldModel, newModel);
  else if (after.type === "resource") diffResource(out, before, after);
  return out;
}
