// Message of an `enum` issue: the value, the enum it is not part of, and the nearest value.
import { listNames, showValue } from "../describe-value.js";
import { suggestName } from "../suggest.js";

/** `` "ml.m5.larg" is not a value of ProductionVariantInstanceType; did you mean `ml.m5.large`? `` */
export function enumMessage(
  value: unknown,
  shape: string,
  values: readonly (string | number)[],
): string {
  const head = `${showValue(value)} is not a value of ${shape}`;
  if (typeof value === "string") {
    const suggestion = suggestName(value, values.map(String));
    if (suggestion !== undefined) return `${head}; did you mean \`${suggestion}\`?`;
  }
  return `${head} (values: ${listNames(values.map(String))})`;
}
