// An enum (or intEnum) becomes a const object and a literal union type of the same name, the
// AWS SDK v3 convention: `X.ML_T2_MEDIUM` for code that wants a name, `"ml.t2.medium"` for
// code that writes the value, and one import for both. The object is the only run-time code
// the package has; `as const` keeps it tree-shakeable and its values literal.
// Strings with the Smithy 1.0 `enum` trait are treated alike; when some of their values have no
// name there is nothing to key the object by, so they become the literal union alone (as the
// SDK does).

import { objectLiteralKey, trait, type NodeValue, type Shape } from "@shapekit/model";
import {
  type DeclarationStructure,
  type LaidOutText,
  StructureKind,
} from "@shapekit/generated-package";
import { enumObjectText } from "./declaration-layout.js";
import { enumValueDocs, shapeDocs, type Doc } from "./tsdoc.js";

interface EnumEntry {
  /** The key in the const object; absent for unnamed legacy enum values. */
  readonly key: string | undefined;
  readonly value: string | number;
  readonly docs: Doc[];
}

function legacyEntries(shape: Shape): EnumEntry[] {
  return (trait.legacyEnum(shape) ?? []).map((definition) => {
    const traits = new Map<string, NodeValue>();
    if (definition.documentation !== undefined)
      traits.set(trait.ID.documentation, definition.documentation);
    if (definition.deprecated) traits.set(trait.ID.deprecated, {});
    return {
      key: definition.name,
      value: definition.value,
      docs: enumValueDocs({
        id: shape.id,
        name: definition.value,
        container: shape.id,
        target: trait.UNIT,
        traits,
      }),
    };
  });
}

function enumEntries(shape: Shape): EnumEntry[] {
  if (shape.type === "string") return legacyEntries(shape);
  return [...shape.members.values()].map((member) => {
    return {
      key: member.name,
      // An enum member without enumValue has its name as value; an intEnum member always has one.
      value: trait.enumValue(member) ?? member.name,
      docs: enumValueDocs(member),
    };
  });
}

/** An enum whose legacy values are unnamed: its literal union alone, as a type alias. */
export function unnamedEnumDeclarations(shape: Shape, name: string): DeclarationStructure[] {
  const literals = enumEntries(shape).map((entry) => JSON.stringify(entry.value));
  return [
    {
      kind: StructureKind.TypeAlias,
      name,
      isExported: true,
      docs: shapeDocs(shape),
      type: literals.length > 0 ? literals.join(" | ") : "never",
    },
  ];
}

/**
 * The const object and type of an enum whose values all have names, as text in prettier's
 * layout when it can promise it (the declarations' printer indents an initializer one level
 * deeper than prettier, so its modules could never skip prettier); undefined when some value
 * has no name (see `unnamedEnumDeclarations`).
 */
export function enumStatements(shape: Shape, name: string): LaidOutText | undefined {
  const entries = enumEntries(shape);
  if (entries.some((entry) => entry.key === undefined)) return undefined;
  return enumObjectText(
    name,
    shapeDocs(shape),
    entries.map((entry) => ({
      key: objectLiteralKey(entry.key!),
      value: entry.value,
      docs: entry.docs,
    })),
  );
}
