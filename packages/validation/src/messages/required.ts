// Message of a `required` issue: which member is missing from which shape.

/** `` `VariantName` is required in ProductionVariant ``. */
export function requiredMessage(member: string, shape: string): string {
  return `\`${member}\` is required in ${shape} but missing`;
}
