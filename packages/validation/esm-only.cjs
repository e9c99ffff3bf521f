// The CommonJS entry point of @shapekit/validation, an ES module: Node.js versions that can require() an ES
// module (20.19 and 22.12 on) match the "module-sync" export condition and never load this file;
// older ones get this error, which says what to do, instead of a bare ERR_REQUIRE_ESM.
"use strict";
const error = new Error(
  "@shapekit/validation is an ES module, and this version of Node.js cannot load ES modules with require(). " +
    'Use `await import("@shapekit/validation")`, or Node.js 20.19, 22.12 or later.',
);
error.code = "ERR_REQUIRE_ESM";
throw error;
