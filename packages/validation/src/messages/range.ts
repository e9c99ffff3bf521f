// Message of a `range` issue: the number and the bound it crosses.

/** `500 is above the maximum of 200`, `0 is below the minimum of 1`. */
export function rangeMessage(
  value: number,
  min: number | undefined,
  max: number | undefined,
): string {
  if (max !== undefined && value > max)
    return `${value} is above the maximum of ${max}${min !== undefined ? ` (range ${min} to ${max})` : ""}`;
  return `${value} is below the minimum of ${min}${max !== undefined ? ` (range ${min} to ${max})` : ""}`;
}
