// An enum (or intEnum) becomes a const object and a literal union type of the same name, the
// AWS SDK v3 convention: `X.ML_T2_MEDIUM` for code that wants a name, `"ml.t2.medium"` for
// code that writes the value, and one import for both. The object is the only run-time code
// the package has; `as const` keeps it tree-shakeable and its values literal.
// Strings with the Smithy 1.0 `enum` trait are treated alike; when some of their values have no
// name there is nothing to key the object by, so they become the literal union alone (as the
// SDK does).

import { objectLiteralKey, type Shape } from "@shapekit/model";
import type { NodeValue } from "@shapekit/model";
import { StructureKind, VariableDeclarationKind, type StatementStructures } from "ts-morph";
import { enumValueDocs, shapeDocs, writeDocs, type Doc } from "./tsdoc.js";

const ENUM_VALUE = "smithy.api#enumValue";
const LEGACY_ENUM = "smithy.api#enum";

interface EnumEntry {
  /** The key in the const object; absent for unnamed legacy enum values. */
  readonly key: string | undefined;
  readonly value: string | number;
  readonly docs: Doc[];
}

function legacyEntries(shape: Shape): EnumEntry[] {
  const definitions = shape.traits.get(LEGACY_ENUM);
  if (!Array.isArray(definitions)) return [];
  return definitions.flatMap((definition: NodeValue) => {
    if (typeof definition !== "object" || definition === null || Array.isArray(definition))
      return [];
    if (typeof definition.value !== "string") return [];
    const traits = new Map<string, NodeValue>();
    if (typeof definition.documentation === "string")
      traits.set("smithy.api#documentation", definition.documentation);
    if (definition.deprecated === true) traits.set("smithy.api#deprecated", {});
    return [
      {
        key: typeof definition.name === "string" ? definition.name : undefined,
        value: definition.value,
        docs: enumValueDocs({
          id: shape.id,
          name: definition.value,
          container: shape.id,
          target: "smithy.api#Unit",
          traits,
        }),
      },
    ];
  });
}

function enumEntries(shape: Shape): EnumEntry[] {
  if (shape.type === "string") return legacyEntries(shape);
  return [...shape.members.values()].map((member) => {
    const value = member.traits.get(ENUM_VALUE);
    return {
      key: member.name,
      // An enum member without enumValue has its name as value; an intEnum member always has one.
      value: typeof value === "string" || typeof value === "number" ? value : member.name,
      docs: enumValueDocs(member),
    };
  });
}

export function enumDeclarations(shape: Shape, name: string): StatementStructures[] {
  const entries = enumEntries(shape);
  const docs = shapeDocs(shape);
  if (entries.some((entry) => entry.key === undefined)) {
    const literals = entries.map((entry) => JSON.stringify(entry.value));
    return [
      {
        kind: StructureKind.TypeAlias,
        name,
        isExported: true,
        docs,
        type: literals.length > 0 ? literals.join(" | ") : "never",
      },
    ];
  }
  return [
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs,
      declarations: [
        {
          name,
          initializer: (writer) => {
            writer.inlineBlock(() => {
              for (const entry of entries) {
                writeDocs(writer, entry.docs);
                writer
                  .write(`${objectLiteralKey(entry.key!)}: ${JSON.stringify(entry.value)},`)
                  .newLine();
              }
            });
            writer.write(" as const");
          },
        },
      ],
    },
    {
      kind: StructureKind.TypeAlias,
      name,
      isExported: true,
      docs,
      type: `(typeof ${name})[keyof typeof ${name}]`,
    },
  ];
}
