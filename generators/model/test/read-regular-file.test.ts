// readRegularFile: what a model or config path is read with. A FIFO or a device named by
// mistake is refused at once (opening a FIFO with no writer would otherwise block for ever, and
// /dev/zero never ends), as is a file past the size limit; loadModel turns each into a
// diagnostic at the file.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadModel, readRegularFile, UnreadableFileError } from "../src/index.js";

const dir = mkdtempSync(path.join(os.tmpdir(), "shapekit-read-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A named pipe no one writes to: opening it for reading the usual way blocks. */
function fifo(name: string): string {
  const file = path.join(dir, name);
  execFileSync("mkfifo", [file]);
  return file;
}

function refusal(file: string, maxBytes?: number): UnreadableFileError {
  try {
    readRegularFile(file, maxBytes);
  } catch (e) {
    expect(e).toBeInstanceOf(UnreadableFileError);
    return e as UnreadableFileError;
  }
  throw new Error(`${file} was read`);
}

describe("readRegularFile", () => {
  it("reads a regular file's bytes", () => {
    const file = path.join(dir, "model.smithy");
    writeFileSync(file, '$version: "2.0"\n');
    expect(readRegularFile(file).toString("utf8")).toBe('$version: "2.0"\n');
    expect(readRegularFile(file, 16).length).toBe(16);
  });

  it("refuses a named pipe at once, without waiting for a writer", () => {
    expect(refusal(fifo("pipe.smithy")).message).toBe(
      "it is a named pipe (FIFO), not a regular file",
    );
  });

  it("refuses a device, a directory and a missing file, saying which", () => {
    expect(refusal("/dev/zero").message).toBe("it is a character device, not a regular file");
    const folder = path.join(dir, "folder.smithy");
    mkdirSync(folder);
    expect(refusal(folder)).toMatchObject({ code: "EISDIR", message: "it is a directory" });
    expect(refusal(path.join(dir, "absent.smithy"))).toMatchObject({
      code: "ENOENT",
      message: "ENOENT",
    });
  });

  it("refuses a file larger than the limit before reading it", () => {
    const file = path.join(dir, "large.json");
    writeFileSync(file, "x".repeat(17));
    expect(refusal(file, 16).message).toBe(
      "it holds 17 bytes, more than the 16 a file is read up to",
    );
  });
});

describe("loadModel on a path that is no regular file", () => {
  it("reports a FIFO, given or found in a folder, as an error at the file", () => {
    const given = fifo("given.smithy");
    const folder = path.join(dir, "models");
    mkdirSync(folder);
    const found = path.join(folder, "found.smithy");
    execFileSync("mkfifo", [found]);
    for (const paths of [[given], [folder]]) {
      const result = loadModel(paths);
      expect(result.model).toBeUndefined();
      const file = paths[0] === given ? given : found;
      expect(result.diagnostics.map((d) => d.message)).toEqual([
        `Cannot read ${file}: it is a named pipe (FIFO), not a regular file`,
      ]);
    }
  });

  it("reports a device as an error at the file", () => {
    expect(loadModel(["/dev/zero"]).diagnostics.map((d) => d.message)).toEqual([
      "Cannot read /dev/zero: it is a character device, not a regular file",
    ]);
  });
});
