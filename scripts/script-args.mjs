// Command-line options of the repository's scripts: `--help` prints the script's header comment
// (its usage), and a mistyped or malformed option is one clear line and exit status 2, not a
// Node.js stack trace.

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

/** The leading `//` comment block of a script, without the comment markers. */
function headerComment(scriptUrl) {
  const lines = readFileSync(fileURLToPath(scriptUrl), "utf8").split("\n");
  const header = [];
  for (const line of lines) {
    if (line.startsWith("#!")) continue;
    if (!line.startsWith("//")) break;
    header.push(line.replace(/^\/\/ ?/, ""));
  }
  return header.join("\n");
}

/**
 * `parseArgs` of node:util (`config`: its `options`, `allowPositionals`) for the script at
 * `scriptUrl` (its `import.meta.url`), with `--help`. Exits 0 after printing the usage, 2 on a
 * bad option.
 */
export function parseScriptArgs(scriptUrl, config) {
  const name = fileURLToPath(scriptUrl).split("/").slice(-2).join("/");
  try {
    const parsed = parseArgs({
      ...config,
      options: { ...config.options, help: { type: "boolean" } },
    });
    if (parsed.values.help) {
      console.log(headerComment(scriptUrl));
      process.exit(0);
    }
    return parsed;
  } catch (e) {
    console.error(
      `${name}: ${e instanceof Error ? e.message : String(e)} (--help for the options)`,
    );
    process.exit(2);
  }
}
