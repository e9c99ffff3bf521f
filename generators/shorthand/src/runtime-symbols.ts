// The `@shapekit/shorthand` exports the package's modules use, by the aliases they are imported
// as (`__CliCommands`; see the model layer's runtime-imports.ts).

import { runtimeName } from "@shapekit/model";

export const rt = {
  ArgumentResult: runtimeName("ArgumentResult"),
  ArgumentValue: runtimeName("ArgumentValue"),
  CliCommand: runtimeName("CliCommand"),
  CliCommands: runtimeName("CliCommands"),
  CliOption: runtimeName("CliOption"),
  CliShapeTable: runtimeName("CliShapeTable"),
  cliCommands: runtimeName("cliCommands"),
  ParseArgumentOptions: runtimeName("ParseArgumentOptions"),
  SyntaxHelp: runtimeName("SyntaxHelp"),
} as const;
