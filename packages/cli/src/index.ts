// @shapekit/cli: the AWS CLI's command surface for an operation — option table and synopsis,
// argv parsing with cli-input documents, `--generate-cli-skeleton`, help pages and a bin driver —
// driven by a serializable operation description. Generated packages supply the description and
// the model-driven functions (shorthand parsing, validation, syntax blocks); this package does
// the rest, identically for every model.

export type {
  CliBounds,
  CliConstraints,
  CliConstraintTable,
  CliDocumentation,
  CliOperationDescription,
  CliPagination,
} from "./operation-description.js";
export type { CliOption, CliShape, CliShapeTable } from "@shapekit/shorthand";
export {
  describeOperation,
  type CliOperationDescriptionData,
  type CliOperationParts,
  type CliOptionData,
  type CliShapeSet,
} from "./shape-sets.js";
export {
  optionTable,
  synopsis,
  negatedName,
  negatedOptionName,
  CLI_INPUT_JSON,
  CLI_INPUT_YAML,
  GENERATE_CLI_SKELETON,
  STARTING_TOKEN,
  PAGE_SIZE,
  MAX_ITEMS,
  NO_PAGINATE,
  type OptionSpec,
  type OptionArity,
  type PagingSetting,
} from "./option-table.js";
export { type CommandLinePagination } from "./pagination.js";
export {
  takeGlobalOptions,
  type GlobalOptions,
  type GlobalOptionsResult,
} from "./global-options.js";
export { readStartingToken, type StartingTokenResult } from "./starting-token.js";
export { renderSkeleton, SKELETON_KINDS, type SkeletonKind } from "./skeleton-text.js";
export {
  pythonJson,
  pythonCompactJson,
  pythonFloatRepr,
  PythonFloat,
  type PythonJsonValue,
} from "./python-json.js";
export { documentationOverview } from "./documentation-overview.js";
export { scanArgv, type ScanResult, type OptionOccurrence } from "./argv-scanner.js";
export {
  loadCliInput,
  lineColumn,
  DEFAULT_MAX_CLI_INPUT_BYTES,
  MAX_YAML_ALIAS_COUNT,
  type CliInputError,
  type CliInputResult,
  type LoadCliInputOptions,
  type ReadTextFile,
} from "./cli-input.js";
// The file sources, so a program built on this package needs no second import to opt in.
export {
  localFiles,
  noFiles,
  nodeFileSource,
  FileAccessError,
  type FileSource,
  type LocalFilesOptions,
} from "@shapekit/shorthand";
// What `generateCliSkeleton` and `renderHelp` throw for a model whose examples would not end.
export { MAX_EXPANDED_SHAPES, ShapesTooLargeError } from "@shapekit/shorthand";
export {
  parseCommandLine,
  type ArgumentParser,
  type ArgumentResult,
  type CommandLineBindings,
  type CommandLineWarning,
  type ParseCommandLineOptions,
  type ParseCommandLineResult,
  type RequestIssue,
  type RequestValidation,
  type RequestValidator,
} from "./command-line.js";
export {
  EXIT_CODES,
  exitCodeFor,
  type CommandLineError,
  type CommandLineErrorKind,
} from "./command-line-error.js";
export {
  helpPage,
  type HelpConstraints,
  type HelpPage,
  type HelpOption,
  type MemberTreeEntry,
  type SyntaxBlocks,
  type SyntaxBlockProvider,
} from "./help-page.js";
export { helpMarkdown } from "./help-markdown.js";
export { helpText } from "./help-text.js";
export {
  assertWalkable,
  createCommandSurface,
  MAX_WALKED_DEPTH,
  shapeDepth,
  ShapesTooDeepError,
  UnknownOperationError,
  type CliOperationBinding,
  type CliWaiterBinding,
  type CommandFunctions,
  type CommandSurface,
  type CommandSurfaceOptions,
  type HelpOptions,
  type OperationCatalog,
  type WaitCommands,
  type WaiterCatalog,
} from "./command-surface.js";
export {
  waiterDescription,
  waiterDocumentation,
  type CliWaiter,
  type CliWaiterAcceptor,
} from "./waiter.js";
export { serviceErrorOf, serviceErrorMessage, type ServiceError } from "./service-error.js";
export { lazyOperations, lazyOperationDescription } from "./lazy-operations.js";
export { moduleLoader, type ModuleLoader } from "@shapekit/validation/core";
export {
  runCommand,
  type CommandIo,
  type OutputTerminal,
  type RequestSender,
  type RunCommandOptions,
} from "./run-command.js";
export { streamedChunks, type FileWriter } from "./streaming-output.js";
// The response formatters are `@shapekit/cli/output` (loaded apart: only a response needs them);
// the pager `@shapekit/cli/paging` and the waiters' polling `@shapekit/cli/waiting` likewise.
export type { FormatResponseOptions, OutputFormat } from "./response-output.js";
