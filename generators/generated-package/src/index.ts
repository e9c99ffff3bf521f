// @shapekit/generated-package: the pieces every emitter's package shares.
// The CLI imports the light modules by their own subpaths (`/typescript-data`, `/prettier-shape`,
// `/package-manifest`, `/prettier-json`): this index loads handlebars and the emitters' shared
// helpers, which `generate --check` must not pay for. ts-morph loads only when a structure is
// printed (ts-morph.ts).

export {
  handlebarsEscaped,
  loadTemplates,
  operationEntryExample,
  operationEntryName,
  packageFileTemplates,
  type PackageFileTemplates,
  type PackageIdentity,
  type Template,
  type TemplateOptions,
} from "./package-templates.js";
export {
  packageTsconfig,
  STANDALONE_COMPILER_OPTIONS,
  type PackageTsconfigOptions,
} from "./package-tsconfig.js";
export {
  ESM_ONLY_FILE,
  esmOnlyStub,
  manifestFields,
  NODE_ENGINES,
  NODE_TYPES_RANGE,
  BUILD_RANGE,
  RUNTIME_RANGES,
  runtimeLink,
  TYPESCRIPT_RANGE,
  type ManifestFields,
} from "./package-manifest.js";
export {
  typeScriptData,
  jsonObjectLiteral,
  stringLiteral,
  UnformattableDataError,
  PRINT_WIDTH,
  GENERATED_CODE_STYLE,
} from "./typescript-data.js";
export {
  namedModuleStatement,
  functionDeclaration,
  functionOverload,
  literalInterface,
  unionTypeAlias,
  unionProperty,
  docComment,
  plainCallAssignment,
  listAssignment,
  callEndingInList,
  type LaidOutText,
} from "./typescript-text.js";
export { laidOutJsonText, prettierJson } from "./prettier-json.js";
export { LAZY_LOAD, lazyModuleList } from "./lazy-module-list.js";
export { StructureKind, VariableDeclarationKind, tsMorph } from "./ts-morph.js";
export { escapeComment, type CommentTextOptions } from "./comment-text.js";
export {
  Code,
  code,
  commentText,
  concat,
  joinCode,
  lines,
  literalList,
  name,
  optionalNumber,
  type Interpolation,
} from "./code.js";
export {
  ModuleText,
  ModuleWriter,
  type DeclarationStructure,
  type ImportOptions,
} from "./module-writer.js";
export { isPrettierShaped } from "./prettier-shape.js";
export {
  IDENTIFIER,
  PLAIN_MARKDOWN_WORDS,
  PLAIN_NPM_NAME,
  PLAIN_STRING_LITERAL,
} from "./plain-text.js";
