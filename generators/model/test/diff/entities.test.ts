import { describe, expect, it } from "vitest";
import { changes, fullChanges } from "./models.js";

const io =
  'structure In {}\nstructure In2 {}\nstructure Out {}\n@error("client")\nstructure Oops {}\n@error("server")\nstructure Boom {}\n';

describe("diffModels: operations and services", () => {
  it("changing an operation's input or output is breaking; adding or removing an error is dangerous", () => {
    const before = `${io}operation Op { input: In, output: Out, errors: [Oops] }`;
    const after = `${io}operation Op { input: In2, output: Out, errors: [Boom] }`;
    expect(changes(before, after)).toEqual([
      "dangerous ns#Op AddedOperationError",
      "breaking ns#Op ChangedOperationInput",
      "dangerous ns#Op RemovedOperationError",
    ]);
  });

  it("removing an operation from a service is breaking twice over (binding and shape); adding one is safe", () => {
    const before =
      'service Svc { version: "1", operations: [A, B] }\noperation A {}\noperation B {}';
    const after =
      'service Svc { version: "2", operations: [A, C] }\noperation A {}\noperation C {}';
    expect(changes(before, after)).toEqual([
      "breaking ns#B RemovedShape",
      "safe ns#C AddedShape",
      "safe ns#Svc AddedOperationBinding",
      "safe ns#Svc ChangedServiceVersion",
      "breaking ns#Svc RemovedOperationBinding",
    ]);
  });

  it("moving an operation from a service to one of its resources (however nested) is safe", () => {
    const resources =
      "resource Parent { resources: [Child] }\nresource Child { operations: [Moved] }\noperation Moved {}\noperation Gone {}";
    const before = `service Svc { version: "1", operations: [Moved, Gone], resources: [Parent] }\n${resources.replace("operations: [Moved]", "")}`;
    const after = `service Svc { version: "1", resources: [Parent] }\n${resources}`;
    expect(changes(before, after)).toEqual([
      "safe ns#Child AddedOperationBinding",
      "breaking ns#Svc RemovedOperationBinding",
      "safe ns#Svc RemovedOperationBinding",
    ]);
    // Moved the other way, out of the resource: the resource's binding is gone (breaking).
    expect(changes(after, before)).toEqual([
      "breaking ns#Child RemovedOperationBinding",
      "safe ns#Svc AddedOperationBinding",
      "safe ns#Svc AddedOperationBinding",
    ]);
  });

  it("a new rename is breaking for a shape the service had, and no change for one it did not", () => {
    const ops = "operation A { input := { n: Name } }\noperation B { input := { t: Title } }";
    const shapes = `${ops}\nstring Name\nstring Title`;
    const before = `service Svc { version: "1", operations: [A] }\n${shapes}`;
    const after = `service Svc { version: "1", operations: [A, B], rename: { "ns#Name": "N", "ns#Title": "T" } }\n${shapes}`;
    expect(changes(before, after).filter((c) => c.includes("Rename"))).toEqual([
      "breaking ns#Svc ServiceRename",
    ]);
    expect(fullChanges(before, after).find((c) => c.kind === "ServiceRename")!.message).toBe(
      "ns#Name is now renamed to N",
    );
    // Taking a rename back renames the shape again: breaking, whatever the shape.
    expect(changes(after, before).filter((c) => c.includes("Rename"))).toEqual([
      "breaking ns#Svc ServiceRename",
      "breaking ns#Svc ServiceRename",
    ]);
  });

  it("resource identifiers and lifecycle operations", () => {
    const before =
      "resource R { identifiers: { id: String }, read: GetR }\n@readonly\noperation GetR { input := { @required id: String } }";
    const after =
      "resource R { identifiers: { id: String, v: String } }\n@readonly\noperation GetR { input := { @required id: String } }";
    expect(changes(before, after)).toEqual([
      "breaking ns#R ChangedResourceIdentifiers",
      "breaking ns#R ChangedResourceLifecycle",
    ]);
  });
});
