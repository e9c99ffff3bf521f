// The committed packages' roots as Node.js loads them (a child process, Node's own resolution:
// the `node` + `module-sync` conditions pick `dist/lazy-root.js`): importing a root loads no
// operation's entry point; the first call loads one; and every export answers as the eager
// root's (`dist/index.js`, what browsers and bundlers get) does.

import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));

/**
 * Runs `body` (an ES module's text) in a fresh Node.js process at the repository's root, with
 * `loads` recording every module a lazy root `require`s (`<package folder>: <specifier>`: they
 * load through `Module._load`),
 * and returns what it prints as JSON.
 */
function inNode(body: string): unknown {
  const script = `
import Module from "node:module";
const loads = [];
const load = Module._load;
Module._load = function (request, parent, ...rest) {
  const from = /packages\\/([^/]+)\\/dist\\/lazy-root\\.js$/.exec(parent?.filename ?? "");
  if (from) loads.push(from[1] + ": " + request);
  return load.call(this, request, parent, ...rest);
};
${body}`;
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
    cwd: root,
    encoding: "utf8",
  });
  return JSON.parse(out);
}

describe("the validators' root under Node.js", () => {
  it("is the lazy root: importing it loads no operation, a call loads one, answers as the eager root", () => {
    const result = inNode(`
const url = import.meta.resolve("@shapekit/sagemaker-validators");
const lazy = await import("@shapekit/sagemaker-validators");
const atImport = [...loads];
const eager = await import(new URL("index.js", url).href);
const values = [undefined, null, 0, 1.5, -1, "", "x", "a".repeat(300), [], ["a"], {}, { Key: "k", Value: "v" },
  { EndpointConfigName: "n", ProductionVariants: [{ VariantName: "v", ModelName: "m" }] }];
const differences = [];
for (const name of Object.keys(eager)) {
  if (!/^(validate|is)[A-Z]/.test(name)) continue;
  for (const value of values) {
    const a = JSON.stringify(lazy[name](value)), b = JSON.stringify(eager[name](value));
    if (a !== b) differences.push([name, value, a, b]);
  }
}
const shapeNames = ["CreateEndpointConfigInput", "TagList", "NoSuchShape", "constructor"];
for (const shape of shapeNames)
  for (const value of values)
    if (JSON.stringify(lazy.validate(shape, value)) !== JSON.stringify(eager.validate(shape, value)))
      differences.push(["validate", shape, value]);
let thrown;
try { lazy.assertTagKey(7); } catch (e) { thrown = e; }
console.log(JSON.stringify({
  url: url.slice(url.lastIndexOf("/dist/")),
  atImport,
  afterCalls: loads,
  names: Object.keys(lazy).sort().join() === Object.keys(eager).sort().join(),
  differences,
  sameErrorClass: thrown instanceof eager.ValidationError,
  standard: lazy.validateTagKey["~standard"].validate(7).issues.length,
}));
`);
    expect(result).toEqual({
      url: "/dist/lazy-root.js",
      atImport: [],
      afterCalls: ["sagemaker-validators: ./operations/CreateEndpointConfig.js"],
      names: true,
      differences: [],
      sameErrorClass: true,
      standard: 1,
    });
  });
});

describe("the cli-skeleton's root under Node.js", () => {
  it("is the lazy root: importing it loads no operation, and it answers as the eager root", () => {
    const result = inNode(`
const url = import.meta.resolve("@shapekit/sagemaker-cli-skeleton");
const lazy = await import("@shapekit/sagemaker-cli-skeleton");
const atImport = [...loads];
const eager = await import(new URL("index.js", url).href);
const op = "create-endpoint-config";
const argvs = [[], ["--endpoint-config-name", "n", "--production-variants", "VariantName=v,ModelName=m"],
  ["--endpoint-config-name"], ["--cli-input-json", "{\\"EndpointConfigName\\": 5}"], ["--nope"]];
const same = (f) => JSON.stringify(f(lazy)) === JSON.stringify(f(eager));
console.log(JSON.stringify({
  url: url.slice(url.lastIndexOf("/dist/")),
  atImport,
  names: Object.keys(lazy).sort().join() === Object.keys(eager).sort().join(),
  operations: same((m) => m.operations),
  parse: argvs.every((argv) => same((m) => m.parseCommandLine(op, argv))),
  unknown: same((m) => m.parseCommandLine("create-endpoint-confg", [])),
  skeletons: ["input", "yaml-input", "output"].every((k) => same((m) => m.generateCliSkeleton(op, k))),
  help: same((m) => [m.renderHelp(op), m.renderHelp(op, { format: "markdown" }), m.synopsis(op), m.optionTable(op)]),
  description: same((m) => m.createEndpointConfig),
  afterCalls: loads,
}));
`);
    expect(result).toEqual({
      url: "/dist/lazy-root.js",
      atImport: [],
      names: true,
      operations: true,
      parse: true,
      unknown: true,
      skeletons: true,
      help: true,
      description: true,
      // The eager root validates through the validators' root, which is lazy too.
      afterCalls: [
        "sagemaker-cli-skeleton: ./operations/CreateEndpointConfig.js",
        "sagemaker-validators: ./operations/CreateEndpointConfig.js",
      ],
    });
  });
});
