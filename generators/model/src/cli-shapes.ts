// From the resolved model to the AWS CLI's view of it: a `CliShapeTable` (the plain-data
// descriptor `@shapekit/shorthand` works from) and, per operation, its options. In the model
// layer because two emitters (shorthand, cli-skeleton) and an in-memory `shapekit cli --model`
// build the same descriptors, and no emitter imports another.
//
// How Smithy types map to the CLI's (botocore's) type names: byte, short, integer and intEnum
// are `integer`; long and bigInteger `long`; float `float`; double and bigDecimal `double`;
// enum a `string` with its values; union a structure marked `union`; set a list.

import type { Member, Model, Shape } from "./model.js";
import {
  awsCliCustomizations,
  type CustomizationCatalogue,
  type OperationCustomizations,
} from "./naming/awscli-customizations.js";
import { cliName, cliOperationName } from "./naming/cli-names.js";
import { awsCliServiceName } from "./naming/awscli-service-names.js";
import { botocoreServiceName, declaredSdkId, serviceSdkId } from "./naming/service-names.js";
import { operationPaginator } from "./pagination.js";
import { isWordListOption } from "./naming/awscli-word-lists.js";
import { BOTOCORE_SHAPE_NAME_TRAIT } from "./service2/shape-name-trait.js";
import * as trait from "./traits.js";
import type {
  CliCommand,
  CliMember,
  CliOption,
  CliShape,
  CliShapeTable,
} from "@shapekit/shorthand";

/** How a builder names options. */
export interface CliShapeBuilderOptions {
  /**
   * The AWS CLI's per-operation option rules (renames, hidden aliases, hidden options, options it
   * does not require, options that read no files): its recorded catalogue by default, `null` for
   * the model's view alone.
   */
  readonly customizations?: CustomizationCatalogue | null;
}

const INTEGER_TYPES = new Set(["byte", "short", "integer", "intEnum"]);
const LONG_TYPES = new Set(["long", "bigInteger"]);
const DOUBLE_TYPES = new Set(["double", "bigDecimal"]);

/**
 * The AWS CLI's command for the service: botocore's name for it when the model came from
 * botocore's data (`iot-data`, `logs`, `elbv2`; see `botocoreServiceName`), else the name the AWS
 * CLI gives the service of that SDK id (`Route 53` → `route53`, `Bedrock Runtime` →
 * `bedrock-runtime`; awscli-service-names.ts), the shape name standing in for a missing SDK id.
 */
export function cliServiceName(service: Shape): string {
  const sdkId = declaredSdkId(service);
  return (
    botocoreServiceName(service) ??
    (sdkId === undefined ? service.name.toLowerCase() : awsCliServiceName(sdkId))
  );
}

/** Builds CLI shape descriptors for a model, adding each shape once, by a key unique in the table. */
export class CliShapeBuilder {
  readonly #model: Model;
  readonly #namespace: string;
  // No prototype: a shape named `__proto__` is a key like any other.
  readonly #table: Record<string, CliShape> = Object.create(null) as Record<string, CliShape>;
  readonly #pending: Shape[] = [];
  #draining = false;
  readonly #customizations: CustomizationCatalogue | null;

  /** @param namespace shapes of this namespace are keyed by name alone, others by their id */
  constructor(model: Model, namespace: string, options: CliShapeBuilderOptions = {}) {
    this.#model = model;
    this.#namespace = namespace;
    this.#customizations =
      options.customizations === undefined ? awsCliCustomizations() : options.customizations;
  }

  /** The table built so far, keys sorted. */
  table(): CliShapeTable {
    return Object.fromEntries(
      Object.entries(this.#table).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    );
  }

  /**
   * Adds the shape (and all it reaches) and returns its key. Shapes are described from a work
   * list, not by recursion: a chain of thousands of nested structures costs no stack.
   */
  add(id: string): string {
    const key = this.#reserve(id);
    if (this.#pending.length > 0 && !this.#draining) {
      this.#draining = true;
      try {
        for (let shape = this.#pending.pop(); shape !== undefined; shape = this.#pending.pop()) {
          this.#table[this.#key(shape)] = this.#describe(shape);
        }
      } finally {
        this.#draining = false;
      }
    }
    return key;
  }

  #key(shape: Shape): string {
    return shape.namespace === this.#namespace ? shape.name : shape.id;
  }

  /** The shape's key; a new shape gets a placeholder (recursive shapes refer to themselves) and waits to be described. */
  #reserve(id: string): string {
    const shape = this.#model.expectShape(id);
    const key = this.#key(shape);
    if (Object.hasOwn(this.#table, key)) return key;
    this.#table[key] = { type: "string", name: shape.name };
    this.#pending.push(shape);
    return key;
  }

  #member(shape: Shape, name: string): string {
    return this.#reserve(shape.members.get(name)!.target);
  }

  #describe(shape: Shape): CliShape {
    // The name botocore knows the shape by (output skeletons show it), where the converter
    // had to rename it.
    const botocoreName = shape.traits.get(BOTOCORE_SHAPE_NAME_TRAIT);
    const name = typeof botocoreName === "string" ? botocoreName : shape.name;
    const t = shape.type;
    if (t === "structure" || t === "union") {
      const members: CliMember[] = [...shape.members.values()].map((m) => {
        const required = trait.isRequired(m) && !trait.isIdempotencyToken(m);
        return {
          name: m.name,
          shape: this.#reserve(m.target),
          ...(required ? { required: true } : {}),
        };
      });
      return { type: "structure", name, members, ...(t === "union" ? { union: true } : {}) };
    }
    if (t === "list" || t === "set")
      return { type: "list", name, member: this.#member(shape, "member") };
    if (t === "map")
      return {
        type: "map",
        name,
        key: this.#member(shape, "key"),
        value: this.#member(shape, "value"),
      };
    if (t === "document") return { type: "document", name };
    if (t === "enum") return { type: "string", name, enum: enumValues(shape) };
    if (t === "string") {
      const values = trait.legacyEnum(shape)?.map((d) => d.value) ?? [];
      return values.length > 0 ? { type: "string", name, enum: values } : { type: "string", name };
    }
    if (INTEGER_TYPES.has(t)) return { type: "integer", name };
    if (LONG_TYPES.has(t)) return { type: "long", name };
    if (t === "float") return { type: "float", name };
    if (DOUBLE_TYPES.has(t)) return { type: "double", name };
    if (t === "boolean") return { type: "boolean", name };
    if (t === "timestamp") return { type: "timestamp", name };
    if (t === "blob")
      return trait.isStreaming(shape)
        ? { type: "blob", name, streaming: true }
        : { type: "blob", name };
    throw new Error(`${shape.id}: a ${t} cannot be an operation input member`);
  }

  /** The AWS CLI's older reading of a few single-member lists (see awscli-word-lists.ts). */
  #wordList(
    service: Shape,
    operation: string,
    option: CliOption,
    listId: string,
  ): CliOption["singleMemberList"] | undefined {
    if (!isWordListOption(serviceSdkId(service), operation, option.name.slice(2))) return undefined;
    const list = this.#table[option.shape]!;
    if (list.type !== "list") return undefined;
    const element = this.#table[list.member]!;
    if (element.type !== "structure" || element.members.length !== 1) return undefined;
    const bounds = trait.length(this.#model.expectShape(listId));
    return {
      member: element.members[0]!.name,
      ...(bounds?.min === 1 && bounds.max === 1 ? { exactlyOne: true as const } : {}),
    };
  }

  /**
   * The command of an operation: one option per input member, two for a boolean (`--x`,
   * `--no-x`), in model order; then, as in the AWS CLI's argument table, the options it renamed
   * (in its order) and its hidden aliases. The members a paginator drives (input tokens, limit
   * key) are hidden, as the AWS CLI hides them behind `--starting-token` and `--page-size`.
   * `commandName`: the AWS CLI's name of a command that calls the operation under another name
   * (a waiter's, `instance-in-service`): the AWS CLI gives the operation's customizations to the
   * operation's own command only, and documents its word-list options by the command's name.
   */
  command(operation: Shape, service: Shape, commandName?: string): CliCommand {
    const name = commandName ?? cliOperationName(operation.name);
    const rules =
      commandName === undefined
        ? this.#customizations?.operation(serviceSdkId(service), operation.name)
        : undefined;
    const kept: CliOption[] = [];
    const renamed: { option: CliOption; position: number }[] = [];
    const input = operation.ast.input
      ? this.#model.expectShape(operation.ast.input.target)
      : undefined;
    const members = new Map<string, string>();
    const paginator = operationPaginator(operation, service);
    const driven = new Set(
      paginator
        ? [...paginator.inputTokens, ...(paginator.limitKey ? [paginator.limitKey] : [])]
        : [],
    );
    for (const member of input?.members.values() ?? []) {
      const shapeKey = this.add(member.target);
      members.set(member.name, shapeKey);
      const required =
        trait.isRequired(member) &&
        !trait.isIdempotencyToken(member) &&
        !rules?.notRequired.has(member.name);
      const flags = {
        ...optionFlags(rules, member.name),
        ...(isJsonValueHeader(this.#model, member) ? { jsonValue: true as const } : {}),
        ...(trait.isIdempotencyToken(member) ? { idempotencyToken: true as const } : {}),
        ...(driven.has(member.name) ? { hidden: true as const } : {}),
      };
      const base = cliName(member.name);
      const halves = this.#table[shapeKey]!.type === "boolean" ? [false, true] : [false];
      for (const negated of halves) {
        const rename = rules?.renames.find(
          (r) => r.member === member.name && r.negated === negated,
        );
        const option: CliOption = {
          name: rename?.option ?? (negated ? `--no-${base}` : `--${base}`),
          member: member.name,
          shape: shapeKey,
          required,
          ...(negated ? { negated: true } : {}),
          ...flags,
        };
        // Parsed as its operation's word list; documented by the command's name (the AWS CLI
        // looks the two up by different names: a waiter's command parses its operation's word
        // lists, and documents them as any other list).
        const words = negated
          ? undefined
          : this.#wordList(service, cliOperationName(operation.name), option, member.target);
        const documented =
          commandName === undefined ||
          isWordListOption(serviceSdkId(service), commandName, option.name.slice(2));
        const withWords = words
          ? {
              ...option,
              singleMemberList: documented ? words : { ...words, documented: false as const },
            }
          : option;
        if (rename) renamed.push({ option: withWords, position: rename.position });
        else kept.push(withWords);
      }
    }
    const aliases: CliOption[] = [];
    for (const alias of rules?.aliases ?? []) {
      const shapeKey = members.get(alias.member);
      if (shapeKey === undefined) continue; // the catalogue knows a member this model lacks
      const { paramFile } = optionFlags(rules, alias.member);
      aliases.push({
        name: alias.option,
        member: alias.member,
        shape: shapeKey,
        required: false,
        hidden: true,
        ...(paramFile === false ? { paramFile } : {}),
      });
    }
    renamed.sort((a, b) => a.position - b.position);
    return {
      name,
      operation: operation.name,
      options: [...kept, ...renamed.map((r) => r.option), ...aliases],
    };
  }
}

/** The catalogue's flags for a member's options: file values as text, hidden from help. */
function optionFlags(
  rules: OperationCustomizations | undefined,
  member: string,
): { paramFile?: false; hidden?: true; lineOptional?: true } {
  return {
    ...(rules?.paramFileDisabled.has(member) ? { paramFile: false as const } : {}),
    ...(rules?.lineOptional.has(member) ? { lineOptional: true as const } : {}),
    ...(rules?.hidden.has(member) ? { hidden: true as const } : {}),
  };
}

/**
 * A string member sent as an HTTP header whose target holds JSON (`@mediaType` with a JSON
 * type; what service-2's `jsonvalue` converts to): the AWS CLI parses its value as JSON. A
 * `jsonvalue` member in the body is an ordinary string to the CLI.
 */
function isJsonValueHeader(model: Model, member: Member): boolean {
  if (!trait.isHttpHeader(member)) return false;
  const target = model.expectShape(member.target);
  const mediaType = trait.mediaType(target);
  return (
    target.type === "string" &&
    typeof mediaType === "string" &&
    /^application\/(?:[\w.+-]+\+)?json\b/i.test(mediaType)
  );
}

function enumValues(shape: Shape): string[] {
  return [...shape.members.values()].map((m) => {
    const value = trait.enumValue(m);
    return typeof value === "string" ? value : m.name;
  });
}
