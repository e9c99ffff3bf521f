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
  // The model's own list when it holds strings: the same array at every report, which
  // suggestName folds to lower case once (an enum can have hundreds of values).
  const names = values.every((v) => typeof v === "string") ? values : values.map(String);
  if (typeof value === "string") {
    const suggestion = suggestName(value, names);
    if (suggestion !== undefined) return `${head}; did you mean \`${suggestion}\`?`;
  }
  return `${head} (values: ${listNames(names)})`;
}
