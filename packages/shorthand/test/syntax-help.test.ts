// The "Shorthand Syntax" text of a map whose keys are an enum: the AWS CLI (1.45.11, e.g.
// `sqs create-queue --attributes`) lists the valid key names under the syntax line and indents
// that line like the names (two spaces); a map without an enum key has neither.
import { describe, expect, it } from "vitest";
import { syntaxHelp, type CliShapeTable } from "@shapekit/shorthand";

const table: CliShapeTable = {
  Attributes: { type: "map", name: "Attributes", key: "Name", value: "Text" },
  Plain: { type: "map", name: "Plain", key: "Text", value: "Text" },
  Name: { type: "string", name: "Name", enum: ["All", "Policy"] },
  Text: { type: "string", name: "Text" },
};

describe("syntaxHelp: maps", () => {
  it("indents the syntax line of a map with enum keys like its key names", () => {
    expect(syntaxHelp(table, "Attributes").shorthand).toBe(
      "  KeyName1=string,KeyName2=string\n\nWhere valid key names are:\n  All\n  Policy",
    );
  });
  it("leaves a map with free keys unindented", () => {
    expect(syntaxHelp(table, "Plain").shorthand).toBe("KeyName1=string,KeyName2=string");
  });
});
