// Message of a `type` issue: what the shape expects, and what was found instead.
import { describeValue } from "../describe-value.js";

/** `expected a string, found the number 5`. `expected` reads as a noun phrase: "an object (Tag)". */
export function typeMessage(expected: string, value: unknown): string {
  return `expected ${expected}, found ${describeValue(value)}`;
}
