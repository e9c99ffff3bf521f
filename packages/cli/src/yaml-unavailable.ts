// The package's `#cli-yaml` import under the "browser" condition: no YAML parser, so the
// `yaml` library stays out of browser bundles. `--cli-input-yaml` then answers with an error
// naming `import "@shapekit/cli/yaml"`, which loads the parser (see yaml-support.ts).

import type { YamlDocumentParser } from "./yaml-support.js";

/** No parser in this build. */
export const parseYamlDocument: YamlDocumentParser | undefined = undefined;
