// An enum (or intEnum) becomes a const object and a literal union type of the same name, the
// AWS SDK v3 convention: `X.ML_T2_MEDIUM` for code that wants a name, `"ml.t2.medium"` for
// code that writes the value, and one import for both. The object is the only run-time code
// the package has; `as const` keeps it tree-shakeable and its values literal.
// Strings with the Smithy 1.0 `enum` trait are treated alike; when some of their values have no
// name there is nothing to key the object by, so they become the literal union alone (as the
// SDK does).

import { objectLiteralKey, trait, type NodeValue, type Shape } from "@shapekit/model";
import {
  PRINT_WIDTH,
  type DeclarationStructure,
  CodeBlockWriter,
  StructureKind,
} from "@shapekit/generated-package";
import { enumValueDocs, shapeDocs, writeDocs, type Doc } from "./tsdoc.js";

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
 * layout (the declarations' printer indents an initializer one level deeper than prettier, so
 * its modules could never skip prettier); undefined when some value has no name (see
 * `unnamedEnumDeclarations`).
 */
export function enumStatements(shape: Shape, name: string): string | undefined {
  const entries = enumEntries(shape);
  if (entries.some((entry) => entry.key === undefined)) return undefined;
  const docs = shapeDocs(shape);
  const writer = new CodeBlockWriter({ indentNumberOfSpaces: 2 });
  writeDocs(writer, docs);
  writer.write(`export const ${name} = `).inlineBlock(() => {
    for (const entry of entries) {
      writeDocs(writer, entry.docs);
      writer.write(`${objectLiteralKey(entry.key!)}: ${JSON.stringify(entry.value)},`).newLine();
    }
  });
  writer.write(" as const;").newLine();
  writeDocs(writer, docs);
  // Too long for one line: prettier breaks it after `=`.
  const head = `export type ${name} =`;
  const type = `(typeof ${name})[keyof typeof ${name}];`;
  if (`${head} ${type}`.length <= PRINT_WIDTH) writer.write(`${head} ${type}`).newLine();
  else writer.write(head).newLine().write(`  ${type}`).newLine();
  return writer.toString();
}
