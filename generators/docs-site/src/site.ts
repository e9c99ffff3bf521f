// The whole site as files: index.html, one page per operation under operations/, the
// stylesheet and the scripts under assets/. Pure apart from esbuild: the caller writes the
// files wherever it likes (`shapekit docs --out DIR`), and any static host (or file://) serves
// them as they are.

import {
  assertWalkable,
  helpPage,
  renderSkeleton,
  type CliOperationDescription,
} from "@shapekit/cli";
import { shapeOf } from "@shapekit/shorthand";
import { slug } from "./html.js";
import { indexPage } from "./index-page.js";
import { pageShell } from "./layout.js";
import { operationPage, type PlaygroundOption } from "./operation-page.js";
import { bundleScripts, type GeneratedPackage, type PlaygroundEntry } from "./playground-bundle.js";
import { SITE_CSS } from "./styles.js";

/** One operation of the site. */
export interface SiteOperation {
  /** The operation as the generated cli-skeleton package describes it. */
  readonly description: CliOperationDescription;
  /** Module specifiers of its entry points in the generated packages. */
  readonly entryPoints: Omit<PlaygroundEntry, "outFile">;
}

/** Everything the site is made of. */
export interface SiteInput {
  /** The site's title: the service's name (`SageMaker`). */
  readonly title: string;
  /** The words before an operation on a command line (`aws sagemaker`). */
  readonly commandPrefix: string;
  readonly operations: readonly SiteOperation[];
  /** The generated packages the playgrounds run (in memory). */
  readonly packages: readonly GeneratedPackage[];
}

/** A file of the site: its path (`/`-separated, relative to the site's folder) and contents. */
export interface SiteFile {
  readonly path: string;
  readonly contents: string;
}

function playgroundOptions(description: CliOperationDescription): PlaygroundOption[] {
  return description.options
    .filter((o) => o.hidden !== true && o.negated !== true)
    .map((o) => ({ name: o.name, type: shapeOf(description.shapes, o.shape).type }))
    .filter((o) => o.type !== "boolean");
}

/**
 * Builds the site's files, sorted by path. Throws `BundleError` if a script cannot be bundled,
 * and, for a hostile model, `ShapesTooDeepError` or `ShapesTooLargeError` (@shapekit/cli) when
 * an operation's pages could not be written out, as `renderHelp` does.
 */
export async function buildSite(input: SiteInput): Promise<SiteFile[]> {
  const files: SiteFile[] = [{ path: "assets/site.css", contents: SITE_CSS }];
  const entries: PlaygroundEntry[] = [];
  const index = [];
  for (const { description, entryPoints } of input.operations) {
    const name = slug(description.name);
    const script = `assets/${name}.js`;
    entries.push({ outFile: script, ...entryPoints });
    // The walks below recurse once per level, as the command surface's do: the same check.
    assertWalkable(description);
    const page = helpPage(description);
    index.push({
      name: description.name,
      href: `operations/${name}.html`,
      description: page.description,
    });
    const main = operationPage({
      page,
      commandPrefix: input.commandPrefix,
      ...(description.streamingOutput === undefined
        ? { inputSkeleton: renderSkeleton(description, "input") }
        : {}),
      playgroundOptions: playgroundOptions(description),
      exampleCommandLine: `${input.commandPrefix} ${description.name} `,
    });
    files.push({
      path: `operations/${name}.html`,
      contents: pageShell({
        title: `${description.name} — ${input.title}`,
        root: "../",
        siteName: input.title,
        main,
        scripts: [`../${script}`],
      }),
    });
  }
  files.push({
    path: "index.html",
    contents: pageShell({
      title: `${input.title} reference`,
      root: "",
      siteName: input.title,
      main: indexPage(`${input.title} reference`, input.commandPrefix, index),
      scripts: ["assets/search.js"],
    }),
  });
  for (const [file, text] of await bundleScripts(input.packages, entries))
    files.push({ path: file, contents: text });
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
