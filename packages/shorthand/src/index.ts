// @shapekit/shorthand: the AWS CLI shorthand syntax without Python. The public API is what this
// file exports.

export { parseShorthand, MAX_NESTING, type ParseShorthandOptions } from "./parser.js";
export { toShorthand, ShorthandEncodeError } from "./to-shorthand.js";
export { terminalText } from "./terminal-text.js";
export { untypedText } from "./untyped-text.js";
export { thrownReason, valueKind } from "./value-kind.js";
export {
  ShorthandError,
  ShorthandFileError,
  ShorthandSyntaxError,
  caretDisplay,
} from "./shorthand-error.js";
export {
  DEFAULT_MAX_FILE_BYTES,
  FILES_DISABLED_MESSAGE,
  FILE_PREFIXES,
  FileAccessError,
  checkedBytes,
  checkedText,
  expandPath,
  fileReadFailure,
  isFileReference,
  isFilesDisabled,
  localFiles,
  noFiles,
  nodeFileSource,
  readFileReference,
  recordReads,
  type FileAccessReason,
  type FileSource,
  type LocalFilesOptions,
} from "./file-references.js";
export { nestsDeeperThan } from "./nesting.js";
export { readWordList, wordListProblem, type WordList } from "./word-list.js";
export {
  sameValue,
  type ArgumentValue,
  type ShorthandList,
  type ShorthandObject,
  type ShorthandValue,
} from "./value.js";
export {
  isDocumentContainer,
  isScalar,
  shapeOf,
  supportsShorthand,
  type CliCommand,
  type CliDocument,
  type CliList,
  type CliMap,
  type CliMember,
  type CliOption,
  type CliScalar,
  type CliScalarType,
  type CliShape,
  type CliShapeTable,
  type CliStructure,
} from "./cli-shape.js";
export { coerce } from "./coerce.js";
export { ArgumentError } from "./argument-error.js";
export { NumberSyntaxError, pythonFloat, pythonInt } from "./python-numbers.js";
export { pythonStringRepr } from "./python-repr.js";
export {
  looksLikeOption,
  parseArgumentWords,
  type ArgumentResult,
  type ParseArgumentOptions,
} from "./argument.js";
export { toArgumentWords } from "./to-argument.js";
export { syntaxHelp, typeLabel, type SyntaxHelp } from "./syntax-help.js";
export {
  ExpansionBudget,
  MAX_EXPANDED_SHAPES,
  MAX_WALKED_DEPTH,
  ShapesTooDeepError,
  ShapesTooLargeError,
} from "./walk-limits.js";
export { CliCommands } from "./cli-commands.js";
export { bytesAsBase64 } from "./bytes-json.js";
export {
  cliCommand,
  cliCommands,
  cliShapeTable,
  compactLines,
  compactText,
  decodeCliCommand,
  decodeCliShape,
  encodeCliCommand,
  encodeCliShape,
  type CompactTable,
} from "./compact-tables.js";
export {
  operationArguments,
  type OperationArguments,
  type RuntimeName,
} from "./operation-arguments.js";
