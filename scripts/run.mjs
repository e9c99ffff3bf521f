// Runs a command of the repository's toolchain, inheriting the terminal; resolves to its exit code.
import { spawn } from "node:child_process";

export function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const env = { TURBO_TELEMETRY_DISABLED: "1", DO_NOT_TRACK: "1", ...process.env };
    const child = spawn(command, args, { stdio: "inherit", shell: false, env, ...options });
    child.on("error", (e) => {
      console.error(`${command}: ${e.message}`);
      resolve(127);
    });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

/** Resolves a bin of the root node_modules (no shell, no PATH lookups). */
export function bin(name) {
  return new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;
}
