// Model → the operation description `@shapekit/cli` runs on: the shorthand emitter's CLI shape
// descriptor (`CliShapeBuilder`: the shape table and the options, built once for both packages)
// plus what parsing does not need — the operation's names, its input and output, and the
// documentation of the operation, its shapes and members — as plain JSON data. The generated
// package embeds it; `shapekit cli --model` (issue 6) can build the same data in memory here.

import {
  CliShapeBuilder,
  cliServiceName,
  fileBaseName,
  type CliShapeBuilderOptions,
  cliOperationName,
  operationPaginator,
  serviceWaiters,
  trait,
  type OperationWaiter,
  type WaiterAcceptor,
  type Model,
  type Traits,
  type Shape,
} from "@shapekit/model";
import type { CliOption, CliShapeTable } from "@shapekit/shorthand";
import { constraintsData, type ConstraintsData } from "./constraints.js";

export { cliServiceName };

/**
 * The command of a service's cli-skeleton package (its bin): `shapekit-sagemaker`. Also a file
 * name (`bin/<command>.js`, npm's link in `node_modules/.bin`), so a service name too long for
 * one is cut to a prefix and a hash (`fileBaseName`).
 */
export function commandName(service: Shape): string {
  return fileBaseName(`shapekit-${cliServiceName(service)}`);
}

/** The JSON the generated package embeds: `@shapekit/cli`'s `CliOperationDescription`. */
export interface OperationDescriptionData {
  name: string;
  operationName: string;
  input?: string;
  output?: string;
  streamingOutput?: string;
  options: readonly CliOption[];
  shapes: CliShapeTable;
  documentation: {
    operation?: string;
    shapes: Record<string, string>;
    members: Record<string, string>;
  };
  /** `@shapekit/cli`'s `CliConstraintTable`; absent when no shape or member has a constraint. */
  constraints?: {
    shapes: Record<string, ConstraintsData>;
    members: Record<string, ConstraintsData>;
  };
  pagination?: {
    inputTokens: string[];
    limitKey?: string;
    type: "integer" | "long" | "string";
    resultKeys: string[];
    outputTokens?: string[];
    moreResults?: string;
    nonAggregateKeys?: string[];
  };
}

function documentation(traits: Traits): string | undefined {
  const doc = trait.documentation(traits);
  return typeof doc === "string" && doc.trim() !== "" ? doc : undefined;
}

/** The description of one operation of the model; options named as the AWS CLI names them unless `options` says otherwise. */
export function operationDescription(
  model: Model,
  service: Shape,
  operation: Shape,
  options: CliShapeBuilderOptions = {},
): OperationDescriptionData {
  const builder = new CliShapeBuilder(model, service.namespace, options);
  const command = builder.command(operation, service);
  const input = operation.ast.input ? builder.add(operation.ast.input.target) : undefined;
  const output = operation.ast.output ? builder.add(operation.ast.output.target) : undefined;
  const pagination = paginationData(model, service, operation);
  const shapes = builder.table();

  // Null-prototype records: shape and member names are keys, and `__proto__` is a valid name.
  const shapeDocs = Object.create(null) as Record<string, string>;
  const memberDocs = Object.create(null) as Record<string, string>;
  const shapeConstraints = Object.create(null) as Record<string, ConstraintsData>;
  const memberConstraints = Object.create(null) as Record<string, ConstraintsData>;
  for (const key of Object.keys(shapes)) {
    // The builder keys shapes of the service's namespace by name, others by absolute id.
    const shape = model.expectShape(key.includes("#") ? key : `${service.namespace}#${key}`);
    const doc = documentation(shape.traits);
    if (doc) shapeDocs[key] = doc;
    const constraints = constraintsData(shape.traits);
    if (constraints) shapeConstraints[key] = constraints;
    for (const m of shape.members.values()) {
      const memberDoc = documentation(m.traits);
      if (memberDoc) memberDocs[`${key}$${m.name}`] = memberDoc;
      const own = constraintsData(m.traits);
      if (own) memberConstraints[`${key}$${m.name}`] = own;
    }
  }
  const operationDoc = documentation(operation.traits);
  const streamingOutput = streamingOutputMember(model, operation);
  return {
    name: command.name,
    operationName: operation.name,
    ...(input ? { input } : {}),
    ...(output ? { output } : {}),
    ...(streamingOutput !== undefined ? { streamingOutput } : {}),
    options: command.options,
    shapes,
    documentation: {
      ...(operationDoc ? { operation: operationDoc } : {}),
      shapes: sorted(shapeDocs),
      members: sorted(memberDocs),
    },
    ...(Object.keys(shapeConstraints).length + Object.keys(memberConstraints).length > 0
      ? { constraints: { shapes: sorted(shapeConstraints), members: sorted(memberConstraints) } }
      : {}),
    ...(pagination ? { pagination } : {}),
  };
}

/** The JSON of one waiter the generated package embeds: `@shapekit/cli`'s `CliWaiter`. */
export interface WaiterData {
  name: string;
  waiterName: string;
  operation: string;
  delay: number;
  maxAttempts: number;
  acceptors: readonly WaiterAcceptor[];
  description?: string;
  options?: readonly CliOption[];
}

/**
 * The service's waiters as `@shapekit/cli` runs them (`wait <waiter>`), sorted by name. A
 * waiter's command has its operation's options, less what the AWS CLI gives the operation's own
 * command (a renamed option, a word-list option): they are listed only where they differ.
 */
export function waitersData(
  model: Model,
  service: Shape,
  options: CliShapeBuilderOptions = {},
): WaiterData[] {
  return serviceWaiters(model, service).map((waiter) =>
    waiterData(model, service, waiter, options),
  );
}

/**
 * The service's waiters as `@shapekit/cli`'s `WaiterCatalog`: their commands known at once, each
 * described (its options built) when first used, as `shapekit cli` describes only the operation
 * asked for. Of two waiters whose names make one command, the later one, as in `waitersData`.
 */
export function waitersCatalog(
  model: Model,
  service: Shape,
  options: CliShapeBuilderOptions = {},
): { names: string[]; waiter: (name: string) => WaiterData } {
  const all = serviceWaiters(model, service);
  const byCommand = new Map(all.map((w) => [w.command, w]));
  return {
    names: all.filter((w) => byCommand.get(w.command) === w).map((w) => w.command),
    waiter: (name) => waiterData(model, service, byCommand.get(name)!, options),
  };
}

function waiterData(
  model: Model,
  service: Shape,
  waiter: OperationWaiter,
  options: CliShapeBuilderOptions,
): WaiterData {
  const operation = model.expectShape(waiter.operation);
  const namespace = service.namespace;
  const own = new CliShapeBuilder(model, namespace, options).command(operation, service).options;
  const plain = new CliShapeBuilder(model, namespace, options).command(
    operation,
    service,
    waiter.command,
  ).options;
  return {
    name: waiter.command,
    waiterName: waiter.name,
    operation: cliOperationName(operation.name),
    delay: waiter.delay,
    maxAttempts: waiter.maxAttempts,
    acceptors: waiter.acceptors,
    ...(waiter.description !== undefined ? { description: waiter.description } : {}),
    ...(JSON.stringify(own) === JSON.stringify(plain) ? {} : { options: plain }),
  };
}

/**
 * `@shapekit/cli`'s `CliPagination` of a paginated operation; none when the paginator names a
 * token that is not an input member (Smithy rejects such a model; the AWS CLI fails on it).
 */
function paginationData(
  model: Model,
  service: Shape,
  operation: Shape,
): OperationDescriptionData["pagination"] {
  const paginator = operationPaginator(operation, service);
  const input = operation.ast.input ? model.shape(operation.ast.input.target) : undefined;
  if (!paginator || !input) return undefined;
  const driven = [...paginator.inputTokens, ...(paginator.limitKey ? [paginator.limitKey] : [])];
  if (!driven.every((m) => input.members.has(m))) return undefined;
  let type: "integer" | "long" | "string" = "integer";
  if (paginator.limitKey) {
    const target = model.shape(input.members.get(paginator.limitKey)!.target)?.type;
    type =
      target === "long" || target === "bigInteger"
        ? "long"
        : target === "string" || target === "enum"
          ? "string"
          : "integer";
  }
  return {
    inputTokens: [...paginator.inputTokens],
    ...(paginator.limitKey ? { limitKey: paginator.limitKey } : {}),
    type,
    resultKeys: [...paginator.resultKeys],
    ...(paginator.outputTokens.length > 0 ? { outputTokens: [...paginator.outputTokens] } : {}),
    ...(paginator.moreResults ? { moreResults: paginator.moreResults } : {}),
    ...(paginator.nonAggregateKeys.length > 0
      ? { nonAggregateKeys: [...paginator.nonAggregateKeys] }
      : {}),
  };
}

/**
 * The output member the AWS CLI saves to its positional `outfile`: the output's HTTP payload
 * when that is a blob (streaming or not, as botocore's `has_streaming_output` decides).
 */
function streamingOutputMember(model: Model, operation: Shape): string | undefined {
  const outputId = operation.ast.output?.target;
  const output = outputId === undefined ? undefined : model.shape(outputId);
  for (const member of output?.members.values() ?? []) {
    if (trait.isHttpPayload(member) && model.expectShape(member.target).type === "blob")
      return member.name;
  }
  return undefined;
}

function sorted<T>(record: Record<string, T>): Record<string, T> {
  const out = Object.create(null) as Record<string, T>;
  for (const key of Object.keys(record).sort()) out[key] = record[key]!;
  return out;
}
