// Test support: temporary folders that remove themselves, after each test or after the file's
// tests, so a failing test leaves nothing behind in the system's temporary folder either.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach } from "vitest";

/**
 * A maker of fresh `<tmp>/shapekit-<name>-XXXXXX` folders, each removed after the test that
 * made it (`"each"`), or after the last test of the file (`"all"`, for folders tests share).
 */
export function temporaryFolders(name: string, lifetime: "each" | "all" = "each"): () => string {
  const made: string[] = [];
  (lifetime === "each" ? afterEach : afterAll)(() =>
    made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })),
  );
  return () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), `shapekit-${name}-`));
    made.push(dir);
    return dir;
  };
}
