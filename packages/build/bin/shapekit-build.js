#!/usr/bin/env node
// `shapekit-build [folder…]`: builds each generated package folder (default: this one).
import { main } from "../dist/main.js";

// `shapekit-build | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on("error", (e) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});

process.exitCode = await main(process.argv.slice(2));
