// TSDoc for generated declarations: the documentation trait as text, then the constraints a
// value must meet as tags (`@minLength 1`, `@pattern ^…$`, `@defaultValue 5`, `@deprecated …`).
// Simple shapes are inlined at use sites (`string`, not `VariantName`), so a member's comment
// carries its target's constraints too: hovering a property shows everything a validator checks.

import { documentationText, trait, type Member, type Model, type Shape } from "@shapekit/model";
import { escapeComment } from "@shapekit/generated-package";

/**
 * A doc comment's text, as ts-morph takes it (a string, not a JSDoc structure): ts-morph prints
 * a structure's description into a scratch writer that tracks comments and strings, so model
 * text with `/*` or a stray quote would change how the tags after it are printed (a `*\/`
 * appeared in the middle of the comment). A string is printed line by line as it is.
 */
export type Doc = string;

interface Tag {
  readonly tagName: string;
  readonly text?: string;
}
type Traits = Shape["traits"];

/** `*​/` would end the comment early; `@` at a line start would read as a tag. */
function escapeCommentText(text: string): string {
  return escapeComment(text, { escapeTagStart: true });
}

function numberText(value: number | undefined): string | undefined {
  return value !== undefined ? String(value) : undefined;
}

/**
 * The trait read off the first of the trait maps that has it: member traits override their
 * target's.
 */
function firstTrait<T>(
  read: (traits: Traits) => T | undefined,
  id: string,
  traits: readonly Traits[],
): T | undefined {
  const holder = traits.find((t) => t.has(id));
  return holder === undefined ? undefined : read(holder);
}

function descriptionOf(...traits: Traits[]): string | undefined {
  const doc = firstTrait(trait.documentation, trait.ID.documentation, traits);
  if (doc === undefined) return undefined;
  const text = documentationText(doc);
  return text.length > 0 ? escapeCommentText(text) : undefined;
}

function deprecatedTag(traits: Traits): Tag[] {
  const deprecation = trait.deprecated(traits);
  if (deprecation === undefined) return [];
  const message = deprecation.message ?? "";
  const since = deprecation.since !== undefined ? `(since ${deprecation.since})` : "";
  const text = [documentationText(message), since].filter((s) => s.length > 0).join(" ");
  return [
    text.length > 0
      ? { tagName: "deprecated", text: escapeCommentText(text) }
      : { tagName: "deprecated" },
  ];
}

/** `@minLength`/`@maxLength` for strings and blobs, `@minItems`/`@maxItems` for lists and maps. */
function lengthTags(target: Shape, traits: Traits[]): Tag[] {
  const length = firstTrait(trait.length, trait.ID.length, traits);
  if (length === undefined) return [];
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
  const pattern = firstTrait(trait.pattern, trait.ID.pattern, traits);
  if (pattern !== undefined) tags.push({ tagName: "pattern", text: escapeCommentText(pattern) });
  const range = firstTrait(trait.range, trait.ID.range, traits);
  if (range !== undefined) {
    const min = numberText(range.min);
    const max = numberText(range.max);
    if (min !== undefined) tags.push({ tagName: "minimum", text: min });
    if (max !== undefined) tags.push({ tagName: "maximum", text: max });
  }
  if (target.type === "set" || traits.some(trait.hasUniqueItems))
    tags.push({ tagName: "uniqueItems" });
  return tags;
}

function tagLine(tag: Tag): string {
  return `@${tag.tagName}${tag.text ? ` ${tag.text}` : ""}`;
}

/**
 * The comment's text: a leading newline makes ts-morph write a multi-line comment even for one
 * line (one style); a blank line separates text and tags, as TSDoc writes it. Tags alone: one
 * line each (a lone tag prints as `/** @required *\/`).
 */
function jsDoc(description: string | undefined, tags: Tag[]): Doc[] {
  if (description === undefined && tags.length === 0) return [];
  const tagText = tags.map(tagLine).join("\n");
  if (description === undefined) return [tagText];
  return [`\n${description}${tags.length > 0 ? `\n\n${tagText}` : ""}`];
}

/** TSDoc for a named shape's declaration (structure, union, enum, operation). */
export function shapeDocs(shape: Shape): Doc[] {
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
): Doc[] {
  const target = model.expectShape(member.target);
  const inherited = options.inlineTarget ? [member.traits, target.traits] : [member.traits];
  const tags: Tag[] = [];
  if (trait.isRequired(member)) tags.push({ tagName: "required" });
  tags.push(...constraintTags(target, [member.traits, target.traits]));
  const defaultValue = trait.defaultValue(member);
  if (defaultValue !== undefined)
    tags.push({ tagName: "defaultValue", text: escapeCommentText(JSON.stringify(defaultValue)) });
  tags.push(...deprecatedTag(member.traits));
  return jsDoc(descriptionOf(...inherited), tags);
}

/** TSDoc for one value of an enum or intEnum. */
export function enumValueDocs(member: Member): Doc[] {
  return jsDoc(descriptionOf(member.traits), deprecatedTag(member.traits));
}
