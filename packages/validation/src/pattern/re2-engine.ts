// The re2js engine, for bundlers and browsers: a static import, as they need one to include it.
// Node.js resolves `#re2-engine` to re2-engine-node.ts instead, which loads re2js only when the
// first pattern that V8's RegExp cannot run safely is compiled (see package.json "imports").

import { RE2JS } from "re2js";

/** The RE2JS class (re2js's linear-time engine). */
export function re2Engine(): typeof RE2JS {
  return RE2JS;
}
