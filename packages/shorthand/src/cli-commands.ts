// A set of CLI commands over one shape table: finds an option by command and option name and
// runs the argument functions on it. Generated packages are a table, a command list and one of
// these; `shapekit cli --model` can build the same from a model in memory.

import { ArgumentError } from "./argument-error.js";
import {
  argumentLane,
  parseArgumentWordsAt,
  type ArgumentLane,
  type ArgumentResult,
  type ParseArgumentOptions,
} from "./argument.js";
import type { CliCommand, CliOption, CliShapeTable } from "./cli-shape.js";
import { NameIndex } from "./name-index.js";
import { shapeNode, type ShapeNode } from "./shape-graph.js";
import { syntaxHelp, type SyntaxHelp } from "./syntax-help.js";
import { toArgumentWords } from "./to-argument.js";

/** An option, and its compiled shape and lane once an argument of it has been parsed. */
interface OptionEntry {
  readonly option: CliOption;
  node: ShapeNode | undefined;
  lane: ArgumentLane | undefined;
}

/** Options by name (name-index.ts: the names looked up come from the command line). */
type OptionsByName = NameIndex<OptionEntry>;

/** The commands of one service, with lookups by CLI name. */
export class CliCommands {
  readonly shapes: CliShapeTable;
  readonly commands: readonly CliCommand[];
  readonly #byName: NameIndex<OptionsByName>;
  /** Each command's option names, in order, for messages. */
  readonly #names = new Map<string, readonly string[]>();

  constructor(shapes: CliShapeTable, commands: readonly CliCommand[]) {
    this.shapes = shapes;
    this.commands = commands;
    this.#byName = new NameIndex(
      commands.map((command) => [
        command.name,
        new NameIndex(
          command.options.map((o) => [o.name, { option: o, node: undefined, lane: undefined }]),
        ),
      ]),
    );
    for (const command of commands)
      this.#names.set(command.name, [...new Set(command.options.map((o) => o.name))]);
  }

  /** The option `option` (`--tags`) of command `command` (`create-endpoint-config`), if any. */
  option(command: string, option: string): CliOption | undefined {
    return this.#byName.get(command)?.get(option)?.option;
  }

  /** The last command looked up, and its options (calls tend to repeat a command). */
  #lastCommand = "";
  #lastOptions: OptionsByName | undefined;

  #find(command: string, option: string): OptionEntry | undefined {
    let options = this.#lastOptions;
    if (command !== this.#lastCommand || options === undefined) {
      options = this.#byName.get(command);
      this.#lastCommand = command;
      this.#lastOptions = options;
    }
    return options?.get(option);
  }

  /** Why `#find` found nothing. */
  #notFound(command: string, option: string): ArgumentError {
    const options = this.#byName.get(command);
    if (!options) {
      return new ArgumentError(
        `unknown command '${command}' (known: ${[...this.#names.keys()].join(", ")})`,
      );
    }
    return new ArgumentError(
      `unknown option '${option}' of ${command} (options: ${this.#names.get(command)!.join(", ")})`,
    );
  }

  /** `parseArgumentWords` for an option found by name; an unknown name is an error result. */
  parseArgument(
    command: string,
    option: string,
    words: readonly string[],
    options?: ParseArgumentOptions,
  ): ArgumentResult {
    const found = this.#find(command, option);
    if (found === undefined) return { ok: false, error: this.#notFound(command, option) };
    let node = found.node;
    if (node === undefined) {
      node = found.node = shapeNode(this.shapes, found.option.shape);
      found.lane = argumentLane(this.shapes, found.option, node);
    }
    return parseArgumentWordsAt(this.shapes, found.option, node, words, options, found.lane);
  }

  /** `toArgumentWords` for an option found by name. */
  toArgument(command: string, option: string, value: unknown): ArgumentResult<string[]> {
    const found = this.#find(command, option);
    if (found === undefined) return { ok: false, error: this.#notFound(command, option) };
    return toArgumentWords(this.shapes, found.option, value);
  }

  /** The option's syntax help, or `undefined` for an unknown option. */
  syntaxHelp(command: string, option: string): SyntaxHelp | undefined {
    const found = this.option(command, option);
    return found && syntaxHelp(this.shapes, found.shape, found);
  }
}
