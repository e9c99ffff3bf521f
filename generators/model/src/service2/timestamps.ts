// botocore's `timestampFormat` names → Smithy's `@timestampFormat` values.

import type { ConversionContext } from "./context.js";
import type { JsonPath } from "./format.js";

const FORMATS: ReadonlyMap<string, string> = new Map([
  ["iso8601", "date-time"],
  ["unixTimestamp", "epoch-seconds"],
  ["rfc822", "http-date"],
]);

export function timestampFormat(
  value: unknown,
  ctx: ConversionContext,
  path: JsonPath,
): string | undefined {
  const format = typeof value === "string" ? FORMATS.get(value) : undefined;
  if (format === undefined)
    ctx.error(
      `Unknown timestampFormat ${JSON.stringify(value)} (expected iso8601, unixTimestamp or rfc822)`,
      path,
    );
  return format;
}
