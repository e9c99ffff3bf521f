// @shapekit/model: Smithy IDL 2.0 / JSON AST loading, resolution and the resolved `Model`.
// The public API is what this file exports; everything else is internal to the package.

export * from "./ast.js";
export { appendAll } from "./append-all.js";
export * from "./diagnostic.js";
export * from "./emit.js";
export * from "./loaded-file.js";
export * from "./model.js";
export * from "./shape-id.js";
export * from "./source-location.js";
export { parseIdl } from "./idl/index.js";
export { loadJsonAst } from "./json-ast-loader.js";
export * from "./service2/index.js";
export { PRELUDE_FILE, preludeAst } from "./prelude.js";
export { resolveModel, type ResolveResult } from "./resolve.js";
export { loadModel, parseFile, type LoadModelResult, type ParseFileOptions } from "./load.js";
export { MAX_MODEL_FILE_BYTES, readRegularFile, UnreadableFileError } from "./read-regular-file.js";
export {
  botocoreServiceFolders,
  listModelFiles,
  PACKAGE_MANIFEST_FILE,
  service2FileName,
  type ModelFileList,
} from "./model-files.js";
export { ecmascriptPattern } from "./ecmascript-pattern.js";
export { toCanonicalAst, formatCanonicalAst } from "./canonical-ast.js";
export {
  isVersion1,
  checkVersion1Features,
  upgradeVersion1Shapes,
  type UpgradeView,
} from "./upgrade-1-0.js";
export * from "./naming/typescript-names.js";
export { fileBaseName, MAX_FILE_BASE_LENGTH } from "./naming/file-names.js";
export {
  RUNTIME_PACKAGES,
  runtimeName,
  runtimePackage,
  runtimeSpecifiers,
} from "./naming/runtime-imports.js";
export { MAX_INLINE_TYPE_NESTING, simpleTypeScriptType } from "./naming/typescript-types.js";
export * from "./diff/index.js";
export * from "./naming/cli-names.js";
export * from "./naming/awscli-customizations.js";
export { operationPaginator, type OperationPaginator } from "./pagination.js";
export {
  operationWaiters,
  serviceWaiters,
  SMITHY_WAITER_SECONDS,
  type OperationWaiter,
  type WaiterAcceptor,
} from "./waiters.js";
export { selectService, type ServiceSelection } from "./service-selection.js";
export { botocoreServiceName, serviceSdkId, serviceTitle } from "./naming/service-names.js";
export { awsCliServiceName } from "./naming/awscli-service-names.js";
export * as trait from "./traits.js";
export { CliShapeBuilder, cliServiceName, type CliShapeBuilderOptions } from "./cli-shapes.js";
export { documentationText, type DocumentationTextOptions } from "./documentation-text.js";
export type { Bounds, Deprecation, HasTraits, LegacyEnumDefinition } from "./traits.js";
