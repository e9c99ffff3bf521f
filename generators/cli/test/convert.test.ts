// `shapekit convert`: service-2.json (gzip or not) in, canonical Smithy JSON AST out; anything
// else is refused with exit 1. The fixture is the converter's own (written for ShapeKit's tests).
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { runCli, type CommandIo } from "@shapekit/codegen";
import { temporaryFolders } from "./temp-folders.js";

const service2 = fileURLToPath(
  new URL("../../model/test/service2/fixtures/widgets/service-2.json", import.meta.url),
);
const expected = readFileSync(
  fileURLToPath(new URL("../../model/test/service2/fixtures/widgets/model.json", import.meta.url)),
  "utf8",
);
const tempDir = temporaryFolders("convert");

function temp(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

async function cli(args: string[]) {
  let stdout = "";
  let stderr = "";
  const io: CommandIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    cwd: process.cwd(),
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

describe("shapekit convert", () => {
  it("prints the converted model as canonical JSON AST, the same as shapekit ast", async () => {
    const out = await cli(["convert", service2]);
    expect(out).toEqual({ code: 0, stdout: expected, stderr: "" });
    expect((await cli(["ast", service2])).stdout).toBe(expected);
  });

  it("reads gzip, whatever the file is called", async () => {
    const dir = temp({ "widgets.json.gz": gzipSync(readFileSync(service2)) });
    const out = await cli(["convert", path.join(dir, "widgets.json.gz")]);
    expect(out.code).toBe(0);
    expect(out.stdout).toBe(expected);
  });

  it("refuses files in another format (exit 1), reports model errors (exit 1), and usage errors (exit 2)", async () => {
    const dir = temp({
      "model.json": JSON.stringify({ smithy: "2.0", shapes: {} }),
      "service-2.json":
        '{"metadata": {"apiVersion": "1", "serviceId": "X"}, "operations": {}, "shapes": {"A": {"type": "list", "member": {"shape": "Gone"}}}}',
    });
    const other = await cli(["convert", path.join(dir, "model.json")]);
    expect(other.code).toBe(1);
    expect(other.stderr).toContain("not an AWS service-2.json document");
    const broken = await cli(["convert", path.join(dir, "service-2.json")]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('error: Unknown shape "Gone" (at shapes.A.member.shape)');
    expect((await cli(["convert"])).code).toBe(2);
    expect((await cli(["convert", "--frob"])).code).toBe(2);
    expect((await cli(["convert", "--help"])).stdout).toContain(
      "shapekit convert <service-2.json[.gz]>",
    );
  });
});
