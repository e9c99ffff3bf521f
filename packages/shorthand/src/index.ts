// @shapekit/shorthand: the AWS CLI shorthand syntax without Python. The public API is what this
// file exports.

export { parseShorthand, type ParseShorthandOptions } from "./parser.js";
export { toShorthand, ShorthandEncodeError } from "./to-shorthand.js";
export {
  ShorthandError,
  ShorthandFileError,
  ShorthandSyntaxError,
  caretDisplay,
} from "./shorthand-error.js";
export {
  FILE_PREFIXES,
  expandPath,
  isFileReference,
  nodeFileSource,
  readFileReference,
  type FileSource,
} from "./file-references.js";
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
export {
  looksLikeOption,
  parseArgumentWords,
  type ArgumentResult,
  type ParseArgumentOptions,
} from "./argument.js";
export { toArgumentWords } from "./to-argument.js";
export { syntaxHelp, typeLabel, type SyntaxHelp } from "./syntax-help.js";
export { CliCommands } from "./cli-commands.js";
