// TSDoc for generated declarations: the documentation trait as text, then the constraints a
// value must meet as tags (`@minLength 1`, `@pattern ^…$`, `@defaultValue 5`, `@deprecated …`).
// Simple shapes are inlined at use sites (`string`, not `VariantName`), so a member's comment
// carries its target's constraints too: hovering a property shows everything a validator checks.

import type { Member, Model, NodeValue, Shape } from "@shapekit/model";
import {
  type CodeBlockWriter,
  type JSDocStructure,
  type OptionalKind,
  type JSDocTagStructure,
  StructureKind,
} from "ts-morph";
import { documentationText } from "./documentation-text.js";

type Tag = OptionalKind<JSDocTagStructure>;
type Traits = Shape["traits"];

const DOCUMENTATION = "smithy.api#documentation";
const DEPRECATED = "smithy.api#deprecated";
const LENGTH = "smithy.api#length";
const PATTERN = "smithy.api#pattern";
const RANGE = "smithy.api#range";
const DEFAULT = "smithy.api#default";
const REQUIRED = "smithy.api#required";
const UNIQUE_ITEMS = "smithy.api#uniqueItems";

/**
 * `*​/` would end the comment early; `@` at a line start would read as a tag; `/*` inside the
 * text (Glue's `…/integrationresourceproperty/*`, Kendra's `**​/*.png`) makes ts-morph's writer
 * believe a comment opens there and mangle the lines after it. Markdown shows `\/` and `\*` as
 * the characters themselves, so hovers read the same.
 */
function escapeCommentText(text: string): string {
  return text.replace(/\*\//g, "*\\/").replace(/\/\*/g, "/\\*").replace(/^@/gm, "\\@");
}

function isObject(value: NodeValue | undefined): value is Record<string, NodeValue> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function numberText(value: NodeValue | undefined): string | undefined {
  return typeof value === "number" ? String(value) : undefined;
}

/** The first of the trait maps that has the trait: member traits override their target's. */
function firstTrait(id: string, ...traits: Traits[]): NodeValue | undefined {
  for (const t of traits) if (t.has(id)) return t.get(id);
  return undefined;
}

function descriptionOf(...traits: Traits[]): string | undefined {
  const doc = firstTrait(DOCUMENTATION, ...traits);
  if (typeof doc !== "string") return undefined;
  const text = documentationText(doc);
  return text.length > 0 ? escapeCommentText(text) : undefined;
}

function deprecatedTag(traits: Traits): Tag[] {
  if (!traits.has(DEPRECATED)) return [];
  const value = traits.get(DEPRECATED);
  const message = isObject(value) && typeof value.message === "string" ? value.message : "";
  const since = isObject(value) && typeof value.since === "string" ? `(since ${value.since})` : "";
  const text = [documentationText(message), since].filter((s) => s.length > 0).join(" ");
  return [
    text.length > 0
      ? { tagName: "deprecated", text: escapeCommentText(text) }
      : { tagName: "deprecated" },
  ];
}

/** `@minLength`/`@maxLength` for strings and blobs, `@minItems`/`@maxItems` for lists and maps. */
function lengthTags(target: Shape, traits: Traits[]): Tag[] {
  const length = firstTrait(LENGTH, ...traits);
  if (!isObject(length)) return [];
  const counted = target.type === "list" || target.type === "set" || target.type === "map";
  const tags: Tag[] = [];
  const min = numberText(length.min);
  const max = numberText(length.max);
  if (min !== undefined) tags.push({ tagName: counted ? "minItems" : "minLength", text: min });
  if (max !== undefined) tags.push({ tagName: counted ? "maxItems" : "maxLength", text: max });
  return tags;
}

function constraintTags(target: Shape, traits: Traits[]): Tag[] {
  const tags = lengthTags(target, traits);
  const pattern = firstTrait(PATTERN, ...traits);
  if (typeof pattern === "string")
    tags.push({ tagName: "pattern", text: escapeCommentText(pattern) });
  const range = firstTrait(RANGE, ...traits);
  if (isObject(range)) {
    const min = numberText(range.min);
    const max = numberText(range.max);
    if (min !== undefined) tags.push({ tagName: "minimum", text: min });
    if (max !== undefined) tags.push({ tagName: "maximum", text: max });
  }
  if (target.type === "set" || firstTrait(UNIQUE_ITEMS, ...traits) !== undefined)
    tags.push({ tagName: "uniqueItems" });
  return tags;
}

function jsDoc(description: string | undefined, tags: Tag[]): OptionalKind<JSDocStructure>[] {
  if (description === undefined && tags.length === 0) return [];
  if (description === undefined) return [{ kind: StructureKind.JSDoc, tags }];
  // A leading newline makes ts-morph write a multi-line comment even for one line (one style);
  // a trailing one leaves a blank line between text and tags, as TSDoc writes it.
  return [
    {
      kind: StructureKind.JSDoc,
      description: `\n${description}${tags.length > 0 ? "\n" : ""}`,
      tags,
    },
  ];
}

/** TSDoc for a named shape's declaration (structure, union, enum, operation). */
export function shapeDocs(shape: Shape): OptionalKind<JSDocStructure>[] {
  return jsDoc(descriptionOf(shape.traits), deprecatedTag(shape.traits));
}

/**
 * TSDoc for a structure or union member. Falls back to the target's documentation only for
 * shapes that are inlined (strings, numbers, lists…): a named target documents itself.
 */
export function memberDocs(
  model: Model,
  member: Member,
  options: { inlineTarget: boolean },
): OptionalKind<JSDocStructure>[] {
  const target = model.expectShape(member.target);
  const inherited = options.inlineTarget ? [member.traits, target.traits] : [member.traits];
  const tags: Tag[] = [];
  if (member.traits.has(REQUIRED)) tags.push({ tagName: "required" });
  tags.push(...constraintTags(target, [member.traits, target.traits]));
  const defaultValue = firstTrait(DEFAULT, member.traits);
  if (defaultValue !== undefined)
    tags.push({ tagName: "defaultValue", text: escapeCommentText(JSON.stringify(defaultValue)) });
  tags.push(...deprecatedTag(member.traits));
  return jsDoc(descriptionOf(...inherited), tags);
}

/** TSDoc for one value of an enum or intEnum. */
export function enumValueDocs(member: Member): OptionalKind<JSDocStructure>[] {
  return jsDoc(descriptionOf(member.traits), deprecatedTag(member.traits));
}

/**
 * Writes doc comments where ts-morph has no structure to hang them on (the members of the
 * object types in a union), in the same layout ts-morph prints for declarations.
 */
export function writeDocs(
  writer: CodeBlockWriter,
  docs: readonly OptionalKind<JSDocStructure>[],
): void {
  for (const doc of docs) {
    const description =
      typeof doc.description === "string" ? doc.description.replace(/^\n/, "") : "";
    const lines = description.length > 0 ? description.split("\n") : [];
    const tags = doc.tags ?? [];
    for (const tag of tags)
      lines.push(
        `@${tag.tagName}${typeof tag.text === "string" && tag.text ? ` ${tag.text}` : ""}`,
      );
    // A lone tag fits on one line, as ts-morph prints it for declarations.
    if (description.length === 0 && lines.length === 1) {
      writer.write(`/** ${lines[0]} */`).newLine();
      continue;
    }
    writer.write("/**");
    for (const line of lines) writer.newLine().write(line.length > 0 ? ` * ${line}` : " *");
    writer.newLine().write(" */").newLine();
  }
}
