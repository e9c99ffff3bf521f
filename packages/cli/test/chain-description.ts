// Test support: an operation whose input is `In`, with one option `--top` of shape `S0`, where
// `S0` → `S1` → … → `S{levels}` (a string): every member of each structure (named `names`) has
// the next shape. One name makes a chain as deep as `levels`; two make a tree that doubles at
// each level.

import type { CliOperationDescription } from "../src/index.js";

export function chainDescription(
  name: string,
  levels: number,
  names: readonly string[],
  options: { readonly output?: boolean } = {},
): CliOperationDescription {
  const shapes: Record<string, CliOperationDescription["shapes"][string]> = {
    In: { type: "structure", name: "In", members: [{ name: "Top", shape: "S0" }] },
    [`S${levels}`]: { type: "string", name: `S${levels}` },
  };
  for (let i = 0; i < levels; i++)
    shapes[`S${i}`] = {
      type: "structure",
      name: `S${i}`,
      members: names.map((member) => ({ name: member, shape: `S${i + 1}` })),
    };
  return {
    name,
    operationName: name.replace(/(?:^|-)(\w)/g, (_, c: string) => c.toUpperCase()),
    input: "In",
    ...(options.output ? { output: "In" } : {}),
    options: [{ name: "--top", member: "Top", shape: "S0", required: false }],
    shapes,
    documentation: { shapes: {} },
  };
}
