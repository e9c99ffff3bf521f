#!/usr/bin/env node
// `shapekit-build [folder…]`: builds each generated package folder (default: this one).
import { main } from "../dist/main.js";

process.exitCode = main(process.argv.slice(2));
