// The typed functions of a generated operation entry point (`parseArgument`, `toArgument`,
// `syntaxHelp`, `findOption` of one command), written once here rather than in every
// operation's module: the module names its option and value types and calls
// `operationArguments` with its command and shapes.

import type { ArgumentResult, ParseArgumentOptions } from "./argument.js";
import { CliCommands } from "./cli-commands.js";
import type { CliCommand, CliOption, CliShapeTable } from "./cli-shape.js";
import type { SyntaxHelp } from "./syntax-help.js";

/**
 * Accepts `string` itself (a name known only at run time) and rejects a string literal: a
 * literal that is a known name matches the typed overload, so any other literal is a typo.
 */
export type RuntimeName<S extends string> = string extends S ? unknown : never;

/**
 * One command's functions, typed by its option names `Name` and the value each builds
 * (`Values[O]`: the type of the input member option `O` sets).
 */
export interface OperationArguments<Name extends string, Values extends Record<Name, unknown>> {
  /**
   * The value the AWS CLI builds from the words after `option`; never throws. `file://` values
   * are read only through `options.files`.
   */
  parseArgument<O extends Name>(
    option: O,
    words: readonly string[],
    options?: ParseArgumentOptions,
  ): ArgumentResult<Values[O]>;
  /**
   * The value the AWS CLI builds from the words after `option`; never throws. `file://` values
   * are read only through `options.files`. (A name known only at run time, typed `string`: an
   * unknown one is an error result.)
   */
  parseArgument<O extends string>(
    option: O & RuntimeName<O>,
    words: readonly string[],
    options?: ParseArgumentOptions,
  ): ArgumentResult;
  /** The shortest words after `option` that make the AWS CLI build `value` again. */
  toArgument<O extends Name>(option: O, value: unknown): ArgumentResult<string[]>;
  /**
   * The shortest words after `option` that make the AWS CLI build `value` again. (A name known
   * only at run time, typed `string`: an unknown one is an error result.)
   */
  toArgument<O extends string>(
    option: O & RuntimeName<O>,
    value: unknown,
  ): ArgumentResult<string[]>;
  /** The "Shorthand Syntax", "JSON Syntax" and "Syntax" help texts of an option. */
  syntaxHelp<O extends Name>(option: O): SyntaxHelp | undefined;
  /**
   * The "Shorthand Syntax", "JSON Syntax" and "Syntax" help texts of an option. (A name known
   * only at run time, typed `string`: an unknown one is an error result.)
   */
  syntaxHelp<O extends string>(option: O & RuntimeName<O>): SyntaxHelp | undefined;
  /** The descriptor of an option (member, shape key, required), or `undefined`. */
  findOption<O extends Name>(option: O): CliOption | undefined;
  /**
   * The descriptor of an option (member, shape key, required), or `undefined`. (A name known
   * only at run time, typed `string`: an unknown one is an error result.)
   */
  findOption<O extends string>(option: O & RuntimeName<O>): CliOption | undefined;
}

/** The functions of `command` over `shapes` (plain functions: they need no `this`). */
export function operationArguments<Name extends string, Values extends Record<Name, unknown>>(
  command: CliCommand,
  shapes: CliShapeTable,
): OperationArguments<Name, Values> {
  const cli = new CliCommands(shapes, [command]);
  const name = command.name;
  return {
    parseArgument: (option: string, words: readonly string[], options?: ParseArgumentOptions) =>
      cli.parseArgument(name, option, words, options),
    toArgument: (option: string, value: unknown) => cli.toArgument(name, option, value),
    syntaxHelp: (option: string) => cli.syntaxHelp(name, option),
    findOption: (option: string) => cli.option(name, option),
  } as OperationArguments<Name, Values>;
}
