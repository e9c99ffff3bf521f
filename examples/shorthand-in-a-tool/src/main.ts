// An "explain" tool for AWS CLI command lines, as a CI step or a chat bot would run it:
//   node dist/main.js explain 'aws sagemaker create-endpoint-config --endpoint-config-name c …'
//   node dist/main.js shorthand 'Key=team,Value=[a, b]'     (no model: structure and shortest form)
//   node dist/main.js explain --read-files '…'   (reads file:// values, as the AWS CLI would)
// Without the text argument, the text is read from standard input (a script file, say).
// `file://` values are refused unless `--read-files` is given: run as a chat bot's back end, the
// tool must not hand out the files of the machine it runs on.
// Exit 0 when fine (warnings allowed), 1 when there is an error to fix, 2 for a wrong command line.

import { readFileSync } from "node:fs";
import { localFiles } from "@shapekit/shorthand";
import { explainCommandLine, explanationText } from "./explain.js";
import { readShorthand } from "./shorthand-alone.js";

const USAGE =
  "usage: explain-aws explain [--read-files] '<aws command line>' | shorthand '<shorthand text>'";

function main(argv: string[]): number {
  // The one place files are allowed: the person at the terminal asked for it.
  const readFiles = argv[0] === "explain" && argv[1] === "--read-files";
  const args = readFiles ? [argv[0]!, ...argv.slice(2)] : argv;
  const [command, text = readFileSync(0, "utf8").trimEnd(), ...extra] = args;
  if (extra.length > 0 || (command !== "explain" && command !== "shorthand")) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  if (command === "explain") {
    const explanation = explainCommandLine(text, readFiles ? { files: localFiles() } : {});
    process.stdout.write(explanationText(explanation));
    return explanation.ok ? 0 : 1;
  }
  const reading = readShorthand(text);
  if (!reading.ok) {
    process.stdout.write(`error: ${reading.message}\n`);
    return 1;
  }
  process.stdout.write(`${JSON.stringify(reading.value)}\n${reading.canonical}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
