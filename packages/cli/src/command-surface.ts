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
import { MAX_WALKED_DEPTH, ShapesTooDeepError } from "@shapekit/shorthand";
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

/** Thrown by the surface's functions (except `parseCommandLine`) for an operation it does not have. */
export class UnknownOperationError extends Error {
  override name = "UnknownOperationError";
  constructor(
    readonly operation: string,
    readonly suggestion: string | undefined,
  ) {
    super(
      `Unknown operation ${JSON.stringify(operation)}${suggestion ? `; did you mean ${suggestion}?` : ""}`,
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

/** The functions of a service's CLI surface. */
export interface CommandSurface {
  /** The bin's name: `shapekit-sagemaker`. */
  readonly command: string;
  /** CLI names of the operations, in model order. */
  readonly operations: readonly string[];
  /** The binding of an operation; throws {@link UnknownOperationError}. */
  operation(name: string): CliOperationBinding;
  /** Every option string the operation accepts, members first, then the built-ins. */
  optionTable(operation: string): OptionSpec[];
  /** The synopsis lines of the help page. */
  synopsis(operation: string): string;
  /**
   * What `--generate-cli-skeleton <kind>` prints. Throws {@link ShapesTooDeepError} or
   * `ShapesTooLargeError` for an operation whose shapes nest or repeat past the limits.
   */
  generateCliSkeleton(operation: string, kind: SkeletonKind): string;
  /** The words after the operation name → request or errors; never throws. */
  parseCommandLine(
    operation: string,
    argv: readonly string[],
    options?: ParseCommandLineOptions,
  ): ParseCommandLineResult;
  /** The help page. Throws as `generateCliSkeleton` does for a hostile model. */
  renderHelp(operation: string, options?: HelpOptions): string;
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
}

/** Builds the surface of a service from its operation bindings. */
export function createCommandSurface(options: CommandSurfaceOptions): CommandSurface {
  const catalog: OperationCatalog = Array.isArray(options.operations)
    ? bindingCatalog(options.operations as readonly CliOperationBinding[])
    : (options.operations as OperationCatalog);
  const names = [...catalog.names];
  const known = new Set(names);
  const bound = new Map<string, CliOperationBinding>();
  const lookup = (name: unknown): CliOperationBinding | undefined => {
    if (typeof name !== "string" || !known.has(name)) return undefined;
    let binding = bound.get(name);
    if (!binding) bound.set(name, (binding = catalog.bind(name)));
    return binding;
  };
  const find = (name: string): CliOperationBinding => {
    const binding = lookup(name);
    if (!binding) throw new UnknownOperationError(String(name), suggestName(String(name), names));
    return binding;
  };
  return {
    command: options.command,
    operations: names,
    operation: find,
    optionTable: (op) => optionTable(find(op).description),
    synopsis: (op) => synopsis(find(op).description),
    generateCliSkeleton: (op, kind) => renderSkeleton(walkable(find(op)).description, kind),
    parseCommandLine(op, argv, parseOptions) {
      const binding = lookup(op);
      if (!binding) {
        const suggestion = suggestName(String(op), names);
        return {
          ok: false,
          exitCode: EXIT_CODES.usage,
          errors: [
            {
              kind: "usage",
              message: `unknown operation ${JSON.stringify(op)}${suggestion ? `; did you mean ${suggestion}?` : ""}`,
              ...(suggestion ? { suggestion } : {}),
            },
          ],
        };
      }
      if (!Array.isArray(argv)) {
        return {
          ok: false,
          exitCode: EXIT_CODES.usage,
          errors: [{ kind: "usage", message: "argv must be an array of strings" }],
        };
      }
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
          ...(options.readTextFile ? { readTextFile: options.readTextFile } : {}),
        },
        argv,
        parseOptions,
      );
    },
    renderHelp(op, helpOptions) {
      const binding = walkable(find(op));
      const page = helpPage(binding.description, binding.syntaxBlocks);
      return helpOptions?.format === "markdown" ? helpMarkdown(page) : helpText(page);
    },
  };
}

function bindingCatalog(bindings: readonly CliOperationBinding[]): OperationCatalog {
  const byName = new Map(bindings.map((b) => [b.description.name, b]));
  return { names: bindings.map((b) => b.description.name), bind: (name) => byName.get(name)! };
}
