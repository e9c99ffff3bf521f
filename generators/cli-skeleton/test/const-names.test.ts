// The description constants of the cli-skeleton package: camel case of the CLI name, escaped
// like the symbol provider escapes names, clear of the modules' own names, unique.

import { describe, expect, it } from "vitest";
import { constNames } from "../src/modules.js";

describe("constNames", () => {
  it("camel-cases CLI names", () => {
    expect(constNames(["create-endpoint-config", "list-tags"])).toEqual([
      "createEndpointConfig",
      "listTags",
    ]);
  });

  it("escapes reserved words and steps around the modules' own names", () => {
    expect(
      constNames([
        "default",
        "class",
        "await",
        "run",
        "parse-argument",
        "validate-input",
        "surface",
        "operation",
      ]),
    ).toEqual([
      "_default",
      "_class",
      "_await",
      "run_",
      "parseArgument_",
      "validateInput_",
      "surface_",
      "operation_",
    ]);
  });

  it("never starts with __ and never repeats", () => {
    expect(constNames(["__proto__", "_proto__", "run", "run_"])).toEqual([
      "_proto__",
      "_proto___",
      "run_",
      "run__",
    ]);
  });
});
