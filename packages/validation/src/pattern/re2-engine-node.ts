// The re2js engine on Node.js, loaded on first use: importing re2js builds its Unicode tables,
// about 20 ms, and most validators never need it (patterns proven linear run on V8's RegExp).
// A synchronous require keeps `compilePattern` synchronous; re2js ships a CommonJS build for it.

import { createRequire } from "node:module";
import type { RE2JS } from "re2js";

let engine: typeof RE2JS | undefined;

/** The RE2JS class (re2js's linear-time engine), loaded the first time it is asked for. */
export function re2Engine(): typeof RE2JS {
  engine ??= (createRequire(import.meta.url)("re2js") as { RE2JS: typeof RE2JS }).RE2JS;
  return engine;
}
