// CI TEST (about 5 s): the type-level suite in test/types compiles with no error under strict
// NodeNext settings, against the built generated packages as a user installs them. Its files
// state types with `expectTypeOf` and compile errors with `// @ts-expect-error` (an expected
// error that does not happen is itself an error), so a value typed too loosely or a misspelt
// name that compiles fails this test. The harness is checked too: a program with a misspelt
// option must report the overload error, or a clean run would prove nothing.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";

const folder = fileURLToPath(new URL("./types/", import.meta.url));

/** The diagnostics of the project in `tsconfig`, with extra root files, formatted one per line. */
function compile(tsconfig: string, extraFiles: readonly string[] = []): string[] {
  const config = ts.readConfigFile(tsconfig, (f) => ts.sys.readFile(f));
  if (config.error) return [ts.flattenDiagnosticMessageText(config.error.messageText, "\n")];
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, path.dirname(tsconfig));
  const program = ts.createProgram([...parsed.fileNames, ...extraFiles], parsed.options);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file
      ? `${path.basename(d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}`
      : "";
    return `${where} TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
  });
}

const scratch = mkdtempSync(path.join(os.tmpdir(), "shapekit-type-level-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("type-level suite (test/types)", () => {
  it("compiles with no error: values typed by the model, misspelt names rejected", () => {
    expect(compile(path.join(folder, "tsconfig.json"))).toEqual([]);
  });

  it("reports a misspelt option name (the harness sees errors)", () => {
    // Same compiler options, resolved from this repository's node_modules, one file of its own.
    const file = path.join(folder, "__misspelt.ts");
    const source = [
      'import { parseArgument } from "@shapekit/sagemaker-shorthand";',
      'parseArgument("create-endpoint-config", "--production-variant", ["VariantName=a"]);',
      "",
    ].join("\n");
    const copy = path.join(scratch, "tsconfig.json");
    writeFileSync(
      copy,
      JSON.stringify({
        extends: path.join(folder, "tsconfig.json"),
        include: [],
        files: [file],
      }),
    );
    writeFileSync(file, source);
    try {
      const errors = compile(copy);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^__misspelt\.ts:2 TS2769: No overload matches this call/);
      expect(errors[0]).toContain('"--production-variant"');
    } finally {
      rmSync(file);
    }
  });
});
