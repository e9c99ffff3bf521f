#!/usr/bin/env node
// The `shapekit` bin: runs the built command line. Built by `npm ci` (the root `prepare` script).
import { runCli } from "../dist/main.js";

process.exitCode = await runCli(process.argv.slice(2));
