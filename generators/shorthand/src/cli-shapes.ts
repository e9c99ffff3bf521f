// The AWS CLI's view of a shape now lives in the model layer (`@shapekit/model`), shared by the
// shorthand and cli-skeleton emitters; this subpath (`@shapekit/emit-shorthand/cli-shapes`) keeps
// its public names for the tools that import it from here.

export { CliShapeBuilder, cliServiceName, type CliShapeBuilderOptions } from "@shapekit/model";
