// A service's CLI surface: its operations, each a description plus the model-driven functions
// (shorthand parsing, validation, syntax blocks), behind the functions the issue names. Every
// function takes the operation's CLI name (`create-endpoint-config`), so one surface serves any
// number of operations, whether the bindings come from generated packages or from a model
// loaded at run time (`shapekit cli --model`).

import {
  parseCommandLine,
  type ArgumentParser,
  type ParseCommandLineOptions,
  type ParseCommandLineResult,
  type RequestValidator,
} from "./command-line.js";
import { EXIT_CODES } from "./command-line-error.js";
import type { ReadTextFile } from "./cli-input.js";
import { helpMarkdown } from "./help-markdown.js";
import { helpPage, type SyntaxBlockProvider } from "./help-page.js";
import { helpText } from "./help-text.js";
import type { CliOperationDescription } from "./operation-description.js";
import { optionTable, synopsis, type OptionSpec } from "./option-table.js";
import { renderSkeleton, type SkeletonKind } from "./skeleton-text.js";
import { waiterDescription, type CliWaiter } from "./waiter.js";
import { MAX_WALKED_DEPTH, ShapesTooDeepError, terminalText } from "@shapekit/shorthand";
import { nestingDepth, suggestName } from "@shapekit/validation/core";

/** One operation and the functions that know its model. */
export interface CliOperationBinding {
  readonly description: CliOperationDescription;
  /** Parses one option's words (the generated shorthand package's `parseArgument`); the shorthand runtime by default. */
  readonly parseArgument?: ArgumentParser;
  /** Validates the operation's input structure (the validators package). */
  readonly validate?: RequestValidator;
  /** The "Shorthand Syntax" / "JSON Syntax" blocks of an option (the shorthand package). */
  readonly syntaxBlocks?: SyntaxBlockProvider;
}

export interface HelpOptions {
  /** `text` (default) for a terminal, `markdown` for a page. */
  readonly format?: "text" | "markdown";
}

/**
 * Thrown by the surface's functions (except `parseCommandLine`) for an operation it does not
 * have, and by its `wait` functions for a waiter it does not have (`what` is then `"waiter"`).
 */
export class UnknownOperationError extends Error {
  override name = "UnknownOperationError";
  constructor(
    readonly operation: string,
    readonly suggestion: string | undefined,
    readonly what: "operation" | "waiter" = "operation",
  ) {
    super(
      `Unknown ${what} ${JSON.stringify(operation)}${suggestion ? `; did you mean ${suggestion}?` : ""}`,
    );
  }
}

// The depth limit and its error are the shorthand runtime's, whose syntax blocks walk the same
// shapes; they are exported from here as well.
export { MAX_WALKED_DEPTH, ShapesTooDeepError };

/**
 * How many levels the operation's shapes nest below its input and output (a member, a list's
 * member, a map's key or value is one level; a shape met again on its own path ends the chain),
 * counted without recursion.
 */
export function shapeDepth(description: CliOperationDescription): number {
  const shapes = description.shapes;
  const below = (key: string): string[] => {
    const shape = Object.hasOwn(shapes, key) ? shapes[key] : undefined;
    if (shape === undefined) return [];
    if (shape.type === "structure") return shape.members.map((m) => m.shape);
    if (shape.type === "list") return [shape.member];
    if (shape.type === "map") return [shape.key, shape.value];
    return [];
  };
  const roots = [description.input, description.output].filter((r) => r !== undefined);
  return nestingDepth(roots, below).depth;
}

/** Each description's depth, worked out on first use. */
const depths = new WeakMap<CliOperationDescription, number>();

/**
 * Throws ShapesTooDeepError when the operation's shapes nest deeper than `MAX_WALKED_DEPTH` (a
 * hostile model): what a walk of them (skeletons, help pages, a docs site) checks first.
 */
export function assertWalkable(description: CliOperationDescription): void {
  let depth = depths.get(description);
  if (depth === undefined) depths.set(description, (depth = shapeDepth(description)));
  if (depth > MAX_WALKED_DEPTH) throw new ShapesTooDeepError(description.name, depth);
}

/** The binding, once its shapes are known to be walkable. */
function walkable(binding: CliOperationBinding): CliOperationBinding {
  assertWalkable(binding.description);
  return binding;
}

/**
 * The functions a surface has for each kind of command (its operations, and the `wait`
 * commands), by the command's name.
 */
export interface CommandFunctions {
  /** Every option string the command accepts, members first, then the built-ins. */
  optionTable(name: string): OptionSpec[];
  /** The synopsis lines of the help page. */
  synopsis(name: string): string;
  /**
   * What `--generate-cli-skeleton <kind>` prints (`input` when no kind is given). Throws a
   * RangeError for another kind, {@link ShapesTooDeepError} or `ShapesTooLargeError` for an
   * operation whose shapes nest or repeat past the limits.
   */
  generateCliSkeleton(name: string, kind?: SkeletonKind): string;
  /** The words after the command's name → request or errors; never throws. */
  parseCommandLine(
    name: string,
    argv: readonly string[],
    options?: ParseCommandLineOptions,
  ): ParseCommandLineResult;
  /** The help page. Throws as `generateCliSkeleton` does for a hostile model. */
  renderHelp(name: string, options?: HelpOptions): string;
}

/** The functions of a service's CLI surface, by operation name. */
export interface CommandSurface extends CommandFunctions {
  /** The bin's name: `shapekit-sagemaker`. */
  readonly command: string;
  /** CLI names of the operations, in model order. */
  readonly operations: readonly string[];
  /** The binding of an operation; throws {@link UnknownOperationError}. */
  operation(name: string): CliOperationBinding;
  /** The `wait` commands (the service's waiters); none when the surface was given none. */
  readonly wait?: WaitCommands;
  /**
   * Hidden extra command names, alias → the operation's CLI name (see
   * {@link CommandSurfaceOptions.commandAliases}): each works wherever an operation's name does,
   * and is left out of `operations`.
   */
  readonly commandAliases?: Readonly<Record<string, string>>;
}

/** A waiter and the binding of its command (its operation's, under the waiter's name). */
export interface CliWaiterBinding extends CliOperationBinding {
  readonly waiter: CliWaiter;
}

/**
 * The commands after `wait`, each polling an operation until a state is reached (the AWS CLI's
 * waiters). Their functions are the operation functions of the surface, by waiter name.
 */
export interface WaitCommands extends CommandFunctions {
  /** The waiters' commands (`endpoint-in-service`), sorted by waiter name as the AWS CLI lists them. */
  readonly names: readonly string[];
  /** The binding of a waiter's command; throws {@link UnknownOperationError}. */
  waiter(name: string): CliWaiterBinding;
  /** What `wait <name> --generate-cli-skeleton input` prints (a waiter has no output skeleton). */
  generateCliSkeleton(name: string, kind?: SkeletonKind): string;
}

/**
 * Operations known by name and bound only when first used: a surface over a whole model (358
 * SageMaker operations) then builds the one operation a command line asks for.
 */
export interface OperationCatalog {
  /** CLI names of the operations, in model order. */
  readonly names: readonly string[];
  /** The binding of one of `names`; called at most once per name. */
  readonly bind: (name: string) => CliOperationBinding;
}

export interface CommandSurfaceOptions {
  readonly command: string;
  /** The operations: their bindings, or a catalog that binds them on first use. */
  readonly operations: readonly CliOperationBinding[] | OperationCatalog;
  /**
   * Reads `--cli-input-json|yaml file://…` documents (and nothing else).
   * @deprecated Pass `files` to `parseCommandLine` (or `runCommand`), which reads every
   * reference; nothing is read by default.
   */
  readonly readTextFile?: ReadTextFile;
  /**
   * The service's waiters, the commands after `wait`, or a catalog that reads each when first
   * used. Each polls one of `operations`, whose binding its command uses (parsing, validation,
   * syntax blocks).
   */
  readonly waiters?: readonly CliWaiter[] | WaiterCatalog;
  /**
   * Hidden extra command names: alias → the CLI name of the operation it runs, as the AWS CLI
   * keeps an older spelling of a few commands (`cloudwatch get-o-tel-enrichment` runs
   * `get-otel-enrichment`). An alias works wherever an operation's name does, under its own
   * name (its help page is titled with it), and is not listed in `operations` or in help.
   * @throws Error from `createCommandSurface` for an alias that is an operation's name, or
   * whose operation the surface does not have
   */
  readonly commandAliases?: Readonly<Record<string, string>>;
}

/** Waiters known by command name and read only when first used (a whole model's, say). */
export interface WaiterCatalog {
  /** The commands after `wait`, in the order the AWS CLI lists them (by waiter name). */
  readonly names: readonly string[];
  /** The waiter of one of `names`; called at most once per name. */
  readonly waiter: (name: string) => CliWaiter;
}

/**
 * Waiters given as data, as a catalog: sorted by waiter name, and of two whose names make one
 * command (`ABCReady`, `AbcReady`) the later one, as the AWS CLI's command table keeps it.
 */
function waiterCatalog(waiters: readonly CliWaiter[]): WaiterCatalog {
  const sorted = [...waiters].sort((a, b) =>
    a.waiterName < b.waiterName ? -1 : a.waiterName > b.waiterName ? 1 : 0,
  );
  const byName = new Map(sorted.map((w) => [w.name, w]));
  return {
    names: sorted.filter((w) => byName.get(w.name) === w).map((w) => w.name),
    waiter: (name) => byName.get(name)!,
  };
}

/** Builds the surface of a service from its operation bindings. */
export function createCommandSurface(options: CommandSurfaceOptions): CommandSurface {
  const catalog: OperationCatalog = Array.isArray(options.operations)
    ? bindingCatalog(options.operations as readonly CliOperationBinding[])
    : (options.operations as OperationCatalog);
  const aliases = commandAliases(catalog, options.commandAliases);
  const operations = commandFunctions("operation", catalog, options.readTextFile, aliases);
  const waiters = Array.isArray(options.waiters)
    ? waiterCatalog(options.waiters as readonly CliWaiter[])
    : ((options.waiters as WaiterCatalog | undefined) ?? waiterCatalog([]));
  const waiterBinding = (name: string): CliWaiterBinding => {
    const waiter = waiters.waiter(name);
    const operation = operations.lookup(waiter.operation);
    if (operation === undefined)
      throw new Error(
        `the waiter ${waiter.waiterName} polls ${JSON.stringify(waiter.operation)}, an operation this surface does not have`,
      );
    return { ...operation, description: waiterDescription(operation.description, waiter), waiter };
  };
  const wait = commandFunctions(
    "waiter",
    { names: waiters.names, bind: waiterBinding },
    options.readTextFile,
  );
  return {
    command: options.command,
    operations: operations.names,
    operation: operations.find,
    optionTable: operations.optionTable,
    synopsis: operations.synopsis,
    generateCliSkeleton: operations.generateCliSkeleton,
    parseCommandLine: operations.parseCommandLine,
    renderHelp: operations.renderHelp,
    wait: {
      names: wait.names,
      waiter: (name) => wait.find(name) as CliWaiterBinding,
      optionTable: wait.optionTable,
      synopsis: wait.synopsis,
      generateCliSkeleton(name, kind) {
        // The AWS CLI runs the waiter for `output`; a wait prints nothing, so there is no sample.
        if (kind === "output")
          throw new Error(
            `wait ${name} prints nothing, so it has no output skeleton (the AWS CLI runs the waiter instead); its operation's is \`${(wait.find(name) as CliWaiterBinding).waiter.operation} --generate-cli-skeleton output\``,
          );
        return wait.generateCliSkeleton(name, kind);
      },
      parseCommandLine: wait.parseCommandLine,
      renderHelp: wait.renderHelp,
    },
    ...(aliases.size > 0 ? { commandAliases: Object.freeze(Object.fromEntries(aliases)) } : {}),
  };
}

/** The aliases given, checked against the catalog's names. */
function commandAliases(
  catalog: OperationCatalog,
  given: Readonly<Record<string, string>> | undefined,
): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  if (given === undefined) return out;
  const names = new Set(catalog.names);
  for (const [alias, target] of Object.entries(given)) {
    if (names.has(alias))
      throw new Error(
        `commandAliases: ${JSON.stringify(alias)} is the name of an operation, not an alias`,
      );
    if (typeof target !== "string" || !names.has(target))
      throw new Error(
        `commandAliases: ${JSON.stringify(alias)} runs ${JSON.stringify(target)}, an operation this surface does not have`,
      );
    out.set(alias, target);
  }
  return out;
}

/** The operation a command of the surface runs: an alias's operation, or the name itself. */
export function aliasedOperation(surface: CommandSurface, name: string): string {
  const aliases = surface.commandAliases;
  return aliases !== undefined && Object.hasOwn(aliases, name) ? aliases[name]! : name;
}

/** Whether `name` is a command of the surface's operations: an operation's name or an alias. */
export function isOperationCommand(surface: CommandSurface, name: string): boolean {
  // An alias is never an operation's name (createCommandSurface refuses one).
  return surface.operations.includes(name) || aliasedOperation(surface, name) !== name;
}

/** The functions of a surface over one catalog of commands (its operations, or its waiters). */
function commandFunctions(
  what: "operation" | "waiter",
  catalog: OperationCatalog,
  readTextFile: ReadTextFile | undefined,
  aliases: ReadonlyMap<string, string> = new Map(),
) {
  const names = [...catalog.names];
  const known = new Set(names);
  const bound = new Map<string, CliOperationBinding>();
  const lookup = (name: unknown): CliOperationBinding | undefined => {
    if (typeof name !== "string") return undefined;
    let binding = bound.get(name);
    if (binding) return binding;
    if (known.has(name)) binding = catalog.bind(name);
    else {
      const target = aliases.get(name);
      if (target === undefined) return undefined;
      // The AWS CLI copies the command under the alias: the same options, its own name.
      const operation = lookup(target)!;
      binding = { ...operation, description: { ...operation.description, name } };
    }
    bound.set(name, binding);
    return binding;
  };
  const find = (name: string): CliOperationBinding => {
    const binding = lookup(name);
    if (!binding)
      throw new UnknownOperationError(String(name), suggestName(String(name), names), what);
    return binding;
  };
  return {
    names,
    lookup,
    find,
    optionTable: (op: string) => optionTable(find(op).description),
    synopsis: (op: string) => synopsis(find(op).description),
    generateCliSkeleton: (op: string, kind?: SkeletonKind) =>
      renderSkeleton(walkable(find(op)).description, kind),
    parseCommandLine: (
      op: string,
      argv: readonly string[],
      parseOptions?: ParseCommandLineOptions,
    ): ParseCommandLineResult => {
      const binding = lookup(op);
      if (!binding) {
        const suggestion = suggestName(String(op), names);
        return {
          ok: false,
          exitCode: EXIT_CODES.usage,
          errors: [
            {
              kind: "usage",
              message: `unknown ${what} ${JSON.stringify(op)}${suggestion ? `; did you mean ${suggestion}?` : ""}`,
              ...(suggestion ? { suggestion } : {}),
            },
          ],
        };
      }
      // (argv that is no list of strings is parseCommandLine's usage error.)
      try {
        walkable(binding);
      } catch (e) {
        if (!(e instanceof ShapesTooDeepError)) throw e;
        return {
          ok: false,
          exitCode: EXIT_CODES.other,
          errors: [{ kind: "internal", message: e.message }],
        };
      }
      return parseCommandLine(
        binding.description,
        {
          ...(binding.parseArgument ? { parseArgument: binding.parseArgument } : {}),
          ...(binding.validate ? { validate: binding.validate } : {}),
          ...(readTextFile ? { readTextFile } : {}),
        },
        argv,
        parseOptions,
      );
    },
    renderHelp: (op: string, helpOptions?: HelpOptions): string => {
      const binding = walkable(find(op));
      const page = helpPage(binding.description, binding.syntaxBlocks);
      // The page is the model's documentation, and is printed: nothing in it acts on a terminal.
      return terminalText(helpOptions?.format === "markdown" ? helpMarkdown(page) : helpText(page));
    },
  };
}

function bindingCatalog(bindings: readonly CliOperationBinding[]): OperationCatalog {
  const byName = new Map(bindings.map((b) => [b.description.name, b]));
  return { names: bindings.map((b) => b.description.name), bind: (name) => byName.get(name)! };
}
