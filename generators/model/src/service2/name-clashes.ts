// Names botocore accepts and Smithy does not. botocore keeps shapes, operations and the service in
// three separate name spaces; Smithy has one per namespace, where names must also differ in more
// than letter case. Both happen in the models the AWS CLI ships (IoT's operation `DeleteStream`
// beside a boolean shape `DeleteStream`, Budgets' service beside its list shape `Budgets`).
//
// The shape gives way, never the operation or the service: operation names are the CLI's command
// names and the service names the packages. A clashing shape is called `<Name>Shape` in the
// Smithy model (`<Name>Shape2`, … when that is taken too), the spelling the public AWS Smithy
// models use (Pinpoint's `CreateRecommenderConfigurationShape`). Only the Smithy shape name
// changes: members keep their names and wire names, so requests and the CLI surface are the same.
// Names that differ only in case are case-clashes.ts's job, after these renames.

/** What else in the file a shape name can collide with. */
export interface ReservedName {
  readonly name: string;
  /** For the warning: `the operation DeleteStream`, `the service (from metadata)`. */
  readonly what: string;
}

/** A shape the Smithy model has to call something else. */
export interface ShapeRename {
  readonly from: string;
  readonly to: string;
  readonly clashesWith: string;
}

/**
 * The renames that make every shape name distinct from the reserved names (operations and the
 * service). Deterministic: shapes are visited in document order and a new name is never one that
 * is already a shape, a reserved name or another rename.
 */
export function planShapeRenames(
  shapeNames: readonly string[],
  reserved: readonly ReservedName[],
): ShapeRename[] {
  const reservedByName = new Map(reserved.map((r) => [r.name, r.what]));
  const taken = new Set([...shapeNames, ...reservedByName.keys()]);
  const out: ShapeRename[] = [];
  for (const from of shapeNames) {
    const clashesWith = reservedByName.get(from);
    if (clashesWith === undefined) continue;
    let to = `${from}Shape`;
    for (let n = 2; taken.has(to); n++) to = `${from}Shape${n}`;
    taken.add(to);
    out.push({ from, to, clashesWith });
  }
  return out;
}
