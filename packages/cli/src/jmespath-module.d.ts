// The part of the `jmespath` package (jmespath.js, CommonJS, no types of its own) that `--query`
// uses: compile an expression (throws on a syntax error) and search a value with it.
declare module "jmespath" {
  const jmespath: {
    compile(expression: string): unknown;
    search(data: unknown, expression: string): unknown;
  };
  export = jmespath;
}
