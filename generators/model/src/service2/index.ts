// The AWS service-2.json converter's public surface.

export { convertService2, type ConvertService2Options } from "./convert.js";
export { botocoreLayout, isService2FileName, looksLikeService2 } from "./detect.js";
export { smithyPattern } from "./constraints.js";
export { enumMemberName, enumMemberNames } from "./enum-names.js";
export { type Service2Extras } from "./sdk-extras.js";
export { decodeModelBytes, isGzip, type ModelText } from "./model-bytes.js";
export { BOTOCORE_PAGINATOR_TRAIT, type Service2Paginators } from "./paginators.js";
export { readCompanionDocument, type Service2Companion } from "./companion-document.js";
export { BOTOCORE_WAITERS_TRAIT, type Service2Waiters } from "./waiters.js";
export { BOTOCORE_SHAPE_NAME_TRAIT } from "./shape-name-trait.js";
