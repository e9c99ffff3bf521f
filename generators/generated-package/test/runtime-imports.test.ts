// Runtime import statements as text: every name aliased with the model layer's `__` scheme, in
// the layout prettier prints, and only from runtime packages.

import { describe, expect, it } from "vitest";
import { runtimeImport } from "../src/runtime-imports.js";

describe("runtimeImport", () => {
  it("aliases every name, values and types, in prettier's layout", () => {
    expect(runtimeImport("@shapekit/cli", ["CliOperationDescription"], { typeOnly: true })).toBe(
      'import type { CliOperationDescription as __CliOperationDescription } from "@shapekit/cli";\n',
    );
    expect(runtimeImport("@shapekit/validation", ["memberPath", "type IssueCollector"])).toBe(
      [
        "import {",
        "  memberPath as __memberPath,",
        "  type IssueCollector as __IssueCollector,",
        '} from "@shapekit/validation";',
        "",
      ].join("\n"),
    );
  });

  it("imports only from the runtime packages", () => {
    expect(() => runtimeImport("@shapekit/sagemaker-types", ["X"])).toThrow(
      /not a runtime package/,
    );
  });
});
