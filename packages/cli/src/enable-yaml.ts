// `import "@shapekit/cli/yaml"`: loads the YAML parser of `--cli-input-yaml` into a build that
// left it out (a browser bundle), once for the whole page. Elsewhere the parser is already
// there and this import changes nothing. Kept as a module with side effects in package.json.

import { parseYamlDocument } from "./yaml.js";
import { registerYamlParser } from "./yaml-support.js";

registerYamlParser(parseYamlDocument);

export { parseYamlDocument };
