// An "explain" tool for AWS CLI command lines, as a CI step or a chat bot would run it:
//   node dist/main.js explain 'aws sagemaker create-endpoint-config --endpoint-config-name c …'
//   node dist/main.js shorthand 'Key=team,Value=[a, b]'     (no model: structure and shortest form)
// Without the text argument, the text is read from standard input (a script file, say).
// Exit 0 when fine (warnings allowed), 1 when there is an error to fix, 2 for a wrong command line.

import { readFileSync } from "node:fs";
import { explainCommandLine, explanationText } from "./explain.js";
import { readShorthand } from "./shorthand-alone.js";

const USAGE = "usage: explain-aws explain '<aws command line>' | shorthand '<shorthand text>'";

function main(args: string[]): number {
  const [command, text = readFileSync(0, "utf8").trimEnd(), ...extra] = args;
  if (extra.length > 0 || (command !== "explain" && command !== "shorthand")) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  if (command === "explain") {
    const explanation = explainCommandLine(text);
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
