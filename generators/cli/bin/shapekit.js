#!/usr/bin/env node
// The `shapekit` bin: runs the built command line. Built by `npm ci` (the root `prepare` script).
import { localFiles } from "@shapekit/shorthand";
import { runCli } from "../dist/main.js";

// `shapekit ast … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on("error", (e) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});

// At a terminal, `shapekit cli` reads file:// references as the AWS CLI does.
process.exitCode = await runCli(process.argv.slice(2), undefined, { files: localFiles() });
