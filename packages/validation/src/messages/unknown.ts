// Message of an `unknown` issue: the member the shape does not have, and the one that was
// probably meant.
import { quote, listNames } from "../describe-value.js";
import { suggestName } from "../suggest.js";

/** `` `variantName` is not a member of ProductionVariant; did you mean `VariantName`? `` */
export function unknownMessage(key: string, shape: string, members: readonly string[]): string {
  const shown = key.length > 60 || /[`\s]/.test(key) ? quote(key) : `\`${key}\``;
  const suggestion = suggestName(key, members);
  if (suggestion !== undefined)
    return `${shown} is not a member of ${shape}; did you mean \`${suggestion}\`?`;
  return members.length === 0
    ? `${shown} is not a member of ${shape}, which has no members`
    : `${shown} is not a member of ${shape} (members: ${listNames(members)})`;
}
