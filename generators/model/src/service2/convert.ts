// `service-2.json` (botocore, the AWS CLI) → one Smithy JSON AST file. The result is a
// `FileLoadResult` like the IDL parser's and the JSON AST loader's, so a converted file merges and
// resolves with any other model file. Problems are diagnostics with a line:column and the JSON
// path of the offending node; the conversion never throws on bad input.

import type { AstModel, AstShape, NodeValue } from "../ast.js";
import { error } from "../diagnostic.js";
import type { FileLoadResult } from "../loaded-file.js";
import { pointer } from "../source-location.js";
import { renameCaseClashes } from "./case-clashes.js";
import { api, ConversionContext, IDENTIFIER, UNIT } from "./context.js";
import {
  isObject,
  type Service2Document,
  type Service2Metadata,
  type Service2Operation,
} from "./format.js";
import { keysOf, parseJsonDocument, type JsonDocument } from "./json-document.js";
import { decodeModelBytes } from "./model-bytes.js";
import { mergeSdkExtras, type Service2Extras } from "./sdk-extras.js";
import {
  addPaginationTraits,
  asWarnings,
  readPaginators,
  type Service2Paginators,
} from "./paginators.js";
import {
  addWaiterTraits,
  readWaiters,
  waiterFileWarnings,
  type Service2Waiters,
} from "./waiters.js";
import { planShapeRenames, type ReservedName } from "./name-clashes.js";
import { convertOperation } from "./operations.js";
import { serviceNaming, serviceShape } from "./service.js";
import { convertShape } from "./shapes.js";
import { keepBotocoreName, markBotocoreName, markBotocoreServiceName } from "./shape-name-trait.js";

export interface ConvertService2Options {
  /** The Smithy namespace of every shape; default `com.amazonaws.<service id, lowercased>`. */
  readonly namespace?: string;
  /**
   * botocore's `service-2.sdk-extras.json` files for this model, merged into it before the
   * conversion as botocore merges them (their `merge` object, deeply, in order). `loadModel`
   * passes the one beside a `service-2.json[.gz]`; default none.
   */
  readonly extras?: readonly Service2Extras[];
  /**
   * botocore's `paginators-1.json` for this model (with its sdk-extras): paginated operations get
   * `@paginated` (and `shapekit.botocore#paginator`, see paginators.ts). `loadModel` passes the
   * one beside a `service-2.json[.gz]`; default none.
   */
  readonly paginators?: Service2Paginators;
  /**
   * botocore's `waiters-2.json` for this model (with its sdk-extras): each polled operation gets
   * `shapekit.botocore#waiters` (see waiters.ts), the AWS CLI's `wait` commands. `loadModel`
   * passes the one beside a `service-2.json[.gz]`; default none.
   */
  readonly waiters?: Service2Waiters;
  /**
   * The botocore service folder the file sits in and its API version folder (`botocoreLayout`);
   * when the version is the model's `apiVersion`, the service keeps the folder's name in
   * `shapekit.botocore#serviceName`: the AWS CLI's name for it. `parseFile` passes it; default none.
   */
  readonly botocoreFolder?: { readonly service: string; readonly version: string };
}

/**
 * Converts an AWS `service-2.json` document (text, or bytes that may be gzip) to Smithy JSON AST.
 * Shape and operation names are botocore's; the service shape is named after the service id.
 * `loaded` is present when the document was valid JSON with `metadata`, `operations` and
 * `shapes`, even if some shapes had problems (they are reported and left out).
 */
export function convertService2(
  input: string | Uint8Array,
  file: string,
  options: ConvertService2Options = {},
): FileLoadResult {
  let text: string;
  if (typeof input === "string") text = input;
  else {
    const decoded = decodeModelBytes(input);
    if (!decoded.ok)
      return { diagnostics: [error("service2", decoded.message, { file, line: 1, column: 1 })] };
    text = decoded.text;
  }
  const parsed = parseJsonDocument(text, file);
  if (!parsed.ok) return { diagnostics: parsed.diagnostics };
  const extrasProblems = mergeSdkExtras(parsed.document, options.extras ?? []);
  if (extrasProblems.length > 0) return { diagnostics: extrasProblems };
  const paginators = options.paginators ? readPaginators(options.paginators) : undefined;
  const waiters = options.waiters ? readWaiters(options.waiters) : undefined;
  const result = convertDocument(parsed.document, options, paginators?.document, waiters?.document);
  const fileWarnings = [
    ...(paginators && !paginators.document ? asWarnings(paginators.diagnostics) : []),
    ...(waiters && !waiters.document ? waiterFileWarnings(waiters.diagnostics) : []),
  ];
  if (fileWarnings.length === 0) return result;
  return { ...result, diagnostics: [...fileWarnings, ...result.diagnostics] };
}

function convertDocument(
  document: JsonDocument,
  options: ConvertService2Options,
  paginators: JsonDocument | undefined,
  waiters: JsonDocument | undefined,
): FileLoadResult {
  const doc = document.value;
  const problem = (message: string) => ({
    diagnostics: [error("service2", message, document.locate([]))],
  });
  if (!isObject(doc))
    return problem(
      "A service-2.json document must be an object with `metadata`, `operations` and `shapes`",
    );
  const top = doc as Service2Document;
  for (const key of ["metadata", "operations", "shapes"] as const) {
    if (!isObject(top[key])) {
      const at = document.locate(Object.hasOwn(doc, key) ? [key] : []);
      return {
        diagnostics: [
          error(
            "service2",
            `A service-2.json document needs \`${key}\` as an object (at ${key})`,
            at,
          ),
        ],
      };
    }
  }
  const metadata = top.metadata as Service2Metadata;
  const naming = serviceNaming(metadata);
  if ("problem" in naming)
    return {
      diagnostics: [
        error("service2", `${naming.problem} (at metadata)`, document.locate(["metadata"])),
      ],
    };
  const namespace = options.namespace ?? naming.namespace;
  const protocols = Array.isArray(metadata.protocols) ? metadata.protocols : [];
  const protocol =
    typeof metadata.protocol === "string"
      ? metadata.protocol
      : typeof protocols[0] === "string"
        ? protocols[0]
        : "json";
  const ctx = new ConversionContext(document, namespace, protocol);

  const shapeEntries = Object.entries(top.shapes as Record<string, unknown>);
  for (const [name, shape] of shapeEntries) {
    if (!IDENTIFIER.test(name))
      ctx.error(`Invalid shape name ${JSON.stringify(name)}: not a Smithy identifier`, [
        "shapes",
        name,
      ]);
    else if (!isObject(shape))
      ctx.error("A shape must be an object with a `type`", ["shapes", name]);
    else ctx.input.set(name, shape);
  }
  const operations: Array<[string, Service2Operation]> = [];
  for (const [name, operation] of Object.entries(top.operations as Record<string, unknown>)) {
    const path = ["operations", name];
    if (!IDENTIFIER.test(name))
      ctx.error(`Invalid operation name ${JSON.stringify(name)}: not a Smithy identifier`, path);
    else if (!isObject(operation)) ctx.error("An operation must be an object", path);
    else operations.push([name, operation]);
  }
  const serviceName = settleNames(ctx, naming.serviceName, operations);

  for (const [name, shape] of ctx.input) {
    const converted = convertShape(name, shape, ctx);
    if (!converted) continue;
    keepBotocoreName(name, converted, ctx);
    ctx.addShape(ctx.renamedShapes.get(name) ?? name, converted);
  }
  addSynthesizedShapes(ctx);

  const operationNames: string[] = [];
  for (const [name, operation] of operations) {
    ctx.addShape(name, convertOperation(name, operation, ctx));
    operationNames.push(name);
  }
  if (paginators) addPaginationTraits(paginators, new Map(operations), ctx);
  if (waiters) addWaiterTraits(waiters, ctx);
  markInputOutput(ctx, operationNames);
  const service = serviceShape(top, operationNames, ctx);
  if (options.botocoreFolder && options.botocoreFolder.version === metadata.apiVersion)
    markBotocoreServiceName(options.botocoreFolder.service, service, ctx);
  ctx.addShape(serviceName, service);
  recordSources(ctx, serviceName);

  const ast: AstModel = { smithy: "2.0", shapes: ctx.shapes };
  return {
    loaded: {
      file: document.file,
      version: "2.0",
      ast,
      sources: ctx.sources,
      pendingReferences: [],
      jsonPaths: ctx.jsonPaths,
    },
    diagnostics: ctx.diagnostics,
  };
}

/**
 * Makes every Smithy name distinct (see name-clashes.ts): the service gives way to an operation of
 * its name, a shape to an operation or the service, then shapes that differ from an earlier name
 * only in case (case-clashes.ts). Records the renames in `ctx`, warns about each, and returns the
 * service's Smithy name.
 */
function settleNames(
  ctx: ConversionContext,
  preferredServiceName: string,
  operations: ReadonlyArray<readonly [string, unknown]>,
): string {
  const operationNames = new Set(operations.map(([name]) => name));
  let serviceName = preferredServiceName;
  if (operationNames.has(serviceName)) {
    serviceName = `${preferredServiceName}Service`;
    for (let n = 2; operationNames.has(serviceName) || ctx.input.has(serviceName); n++)
      serviceName = `${preferredServiceName}Service${n}`;
    ctx.warning(
      `The service name ${preferredServiceName} (from metadata) is also an operation name; Smithy needs them distinct, so the service shape is ${serviceName}`,
      ["metadata"],
    );
  }
  const reserved: ReservedName[] = [...operationNames].map((name) => ({
    name,
    what: `the operation ${name}`,
  }));
  reserved.push({ name: serviceName, what: "the service (named from metadata)" });
  for (const { from, to, clashesWith } of planShapeRenames([...ctx.input.keys()], reserved)) {
    ctx.renamedShapes.set(from, to);
    ctx.warning(
      `The shape ${from} has the name of ${clashesWith}; Smithy needs them distinct, so the Smithy model calls the shape ${to} (member and wire names are unchanged)`,
      ["shapes", from],
    );
  }
  for (const name of [...operationNames, serviceName, ...ctx.renamedShapes.values()])
    ctx.otherNames.add(name);

  renameCaseClashes(ctx, [...operationNames, serviceName]);
  return serviceName;
}

/** The copies `jsonvalue` and `streaming` members target (`SynthesizedJson<Name>`, …; members.ts). */
function addSynthesizedShapes(ctx: ConversionContext): void {
  for (const [synthesized, { original: name, traits }] of ctx.synthesizedShapes) {
    const original = ctx.shapes[ctx.shapeId(name)];
    if (!original) continue;
    const copy: AstShape = structuredClone(original);
    copy.traits = { ...copy.traits, ...traits };
    // A copy is a name of ours: botocore knows the shape by the original's.
    markBotocoreName(name, copy, ctx);
    ctx.addShape(synthesized, copy);
    // The copy's traits were written where the original's were.
    for (const traitId of Object.keys(original.traits ?? {})) {
      const from = pointer.trait(ctx.shapeId(name), traitId);
      const at = ctx.sources.get(from);
      if (at) ctx.sources.set(pointer.trait(ctx.id(synthesized), traitId), at);
      const path = ctx.jsonPaths.get(from);
      if (path !== undefined) ctx.jsonPaths.set(pointer.trait(ctx.id(synthesized), traitId), path);
    }
  }
}

/**
 * `@input` / `@output` on a structure used as exactly one operation's input (output) and
 * nowhere else, as the public AWS Smithy models mark them. Smithy forbids reusing a shape that
 * carries them, so a shared structure stays unmarked.
 */
function markInputOutput(ctx: ConversionContext, operationNames: readonly string[]): void {
  const uses = new Map<string, number>();
  const count = (id: string) => uses.set(id, (uses.get(id) ?? 0) + 1);
  for (const shape of Object.values(ctx.shapes)) {
    for (const member of Object.values(shape.members ?? {})) count(member.target);
    for (const member of [shape.member, shape.key, shape.value]) if (member) count(member.target);
    for (const e of shape.errors ?? []) count(e.target);
    if (shape.input) count(shape.input.target);
    if (shape.output) count(shape.output.target);
  }
  for (const name of operationNames) {
    const operation = ctx.shapes[ctx.id(name)]!;
    for (const [role, ref] of [
      ["input", operation.input],
      ["output", operation.output],
    ] as const) {
      if (!ref || ref.target === UNIT || uses.get(ref.target) !== 1) continue;
      const shape = ctx.shapes[ref.target];
      if (shape?.type !== "structure") continue;
      const traits: Record<string, NodeValue> = shape.traits ?? {};
      traits[api(role)] = {};
      shape.traits = traits;
    }
  }
}

/** Shape, member and operation ids → where their keys are in the file, for the resolver's diagnostics. */
function recordSources(ctx: ConversionContext, serviceName: string): void {
  const { document, sources } = ctx;
  for (const { name, location, valueNode } of document.keysAt(["shapes"])) {
    const id = ctx.shapeId(name);
    sources.set(pointer.shape(id), location);
    const members = valueNode.children?.find((p) => p.children?.[0]?.value === "members")
      ?.children?.[1];
    for (const member of keysOf(members, document.positions))
      sources.set(pointer.member(id, member.name), member.location);
    for (const part of ["member", "key", "value"]) {
      const prop = valueNode.children?.find((p) => p.children?.[0]?.value === part)?.children?.[0];
      if (prop) sources.set(pointer.member(id, part), document.positions.at(prop.offset));
    }
  }
  for (const { name, location } of document.keysAt(["operations"]))
    sources.set(pointer.shape(ctx.id(name)), location);
  // What sdk-extras files added: `locate` knows which of them set a path and which the model did.
  for (const layer of document.layers) {
    for (const { name, valueNode } of layer.document.keysAt([...layer.at, "shapes"])) {
      const id = ctx.shapeId(name);
      sources.set(pointer.shape(id), document.locate(["shapes", name]));
      const members = valueNode.children?.find((p) => p.children?.[0]?.value === "members")
        ?.children?.[1];
      for (const member of keysOf(members, layer.document.positions)) {
        sources.set(
          pointer.member(id, member.name),
          document.locate(["shapes", name, "members", member.name]),
        );
      }
    }
    for (const { name } of layer.document.keysAt([...layer.at, "operations"]))
      sources.set(pointer.shape(ctx.id(name)), document.locate(["operations", name]));
  }
  sources.set(pointer.shape(ctx.id(serviceName)), document.locate(["metadata"]));
  for (const [synthesized, { original: name }] of ctx.synthesizedShapes) {
    const at = sources.get(pointer.shape(ctx.shapeId(name)));
    if (at) sources.set(pointer.shape(ctx.id(synthesized)), at);
  }
}
