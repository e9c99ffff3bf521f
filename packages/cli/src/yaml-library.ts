// The yaml library, for bundlers and browsers: a static import, as a bundle needs one (only
// bundles that enable YAML reach this module: see yaml-support.ts). Node.js resolves
// `#cli-yaml-library` to yaml-library-node.ts instead, which loads it on first use.

import * as yaml from "yaml";

/** The yaml library. */
export function yamlLibrary(): typeof yaml {
  return yaml;
}
