// One TypeScript module into its declaration file and (when not bundled) its JavaScript, each
// with a source map on request, by oxc-transform: types stripped as `verbatimModuleSyntax`
// strips them (type-only imports only), declarations written from the module's text alone
// (`isolatedDeclarations`). Nothing is type-checked; what cannot be compiled from the text
// alone is a problem naming its place.

import {
  isolatedDeclarationSync,
  transformSync,
  type OxcError,
  type SourceMap,
} from "oxc-transform";
import { locate, type BuildProblem } from "./problem.js";

/** The outputs of one module, named by their paths relative to the output folder. */
export interface ModuleOutputs {
  readonly files: ReadonlyArray<readonly [relativePath: string, contents: string]>;
}

export interface CompileTarget {
  /** The module's path, relative to the package folder, with `/` (`src/shapes/A.ts`): in problems. */
  readonly sourcePath: string;
  /** Its output's base path, relative to the output folder, without extension (`shapes/A`). */
  readonly outputBase: string;
  /** The way from the output's folder back to the module, for the source maps (`../../src/shapes/A.ts`). */
  readonly mapSource: string;
  readonly text: string;
  /** ECMAScript version of the JavaScript (`es2022`): newer syntax is lowered to it. */
  readonly target: string;
  readonly sourceMaps: boolean;
  /** Write the module's JavaScript too: false when the package's entry points are bundled. */
  readonly javascript: boolean;
  readonly declarations: boolean;
}

export function compileModule(module: CompileTarget): ModuleOutputs | BuildProblem[] {
  const options = { sourcemap: module.sourceMaps };
  const js = module.javascript
    ? transformSync(module.sourcePath, module.text, {
        ...options,
        target: module.target,
        typescript: { onlyRemoveTypeImports: true },
      })
    : undefined;
  const dts = module.declarations
    ? isolatedDeclarationSync(module.sourcePath, module.text, {
        ...options,
        stripInternal: false,
      })
    : undefined;
  const problems = [...(js?.errors ?? []), ...(dts?.errors ?? [])].map((e) => problemOf(module, e));
  if (problems.length > 0) return problems;
  const base = module.outputBase.slice(module.outputBase.lastIndexOf("/") + 1);
  const files: Array<readonly [string, string]> = [];
  const add = (extension: ".js" | ".d.ts", code: string, map: SourceMap | undefined) => {
    if (!module.sourceMaps || map === undefined) {
      files.push([`${module.outputBase}${extension}`, code]);
      return;
    }
    // The map names the module as the output's folder reaches it, and leaves its text out
    // (readers open the file): what tsc writes with `sourceMap` and `declarationMap`.
    const { sourcesContent: _text, ...rest } = map;
    const mapFile = { ...rest, file: `${base}${extension}`, sources: [module.mapSource] };
    files.push([
      `${module.outputBase}${extension}`,
      `${code.endsWith("\n") ? code : `${code}\n`}//# sourceMappingURL=${base}${extension}.map\n`,
    ]);
    files.push([`${module.outputBase}${extension}.map`, `${JSON.stringify(mapFile)}\n`]);
  };
  if (js) add(".js", js.code, js.map);
  if (dts) add(".d.ts", dts.code, dts.map);
  return { files };
}

function problemOf(module: CompileTarget, error: OxcError): BuildProblem {
  const offset = error.labels[0]?.start;
  const message = error.helpMessage ? `${error.message} (${error.helpMessage})` : error.message;
  return { file: module.sourcePath, ...locate(module.text, offset), message };
}
