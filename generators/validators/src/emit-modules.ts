// The TypeScript modules of the generated package:
//   src/checks.ts      the check functions and the constants they share (internal)
//   src/validators.ts  `validate<Name>` for every validated shape: callable and a Standard Schema
//   src/guards.ts      `is<Name>` type guards and `assert<Name>` assert functions
//   src/validate.ts    `validate(shapeName, value, options)` and the `ShapeTypes` map
//   src/index.ts       the public API

import type { Shape } from "@shapekit/model";
import { StructureKind, VariableDeclarationKind, type StatementStructures } from "ts-morph";
import type { CheckContext } from "./check-context.js";
import { type CheckFunction } from "./check-function.js";
import { documentation, tsdocText } from "./documentation.js";
import type { SourcePrinter } from "./source-printer.js";
import type { TypeExpressions } from "./type-expression.js";
import type { ValidatorNames } from "./validator-names.js";

/** Runtime functions the checks may call, imported only when used. */
const RUNTIME_HELPERS = ["canonicalText", "codePointLength", "describeValue", "duplicateItems", "memberPath"];

export function checksModule(printer: SourcePrinter, ctx: CheckContext, checks: readonly CheckFunction[]): string {
  const bodies = checks.map((c) => c.body.text).join("\n");
  const used = RUNTIME_HELPERS.filter((h) => bodies.includes(`${h}(`));
  const statements: (StatementStructures | string)[] = [
    {
      kind: StructureKind.ImportDeclaration,
      namedImports: [...used, { name: "IssueCollector", isTypeOnly: true }],
      moduleSpecifier: "@shapekit/validation",
    },
    ...ctx.constants.declarations().map((d) => d.text),
    ...checks.map(
      (c): StatementStructures => ({
        kind: StructureKind.Function,
        isExported: true,
        name: c.name,
        docs: [tsdocText(c.doc)],
        parameters: [
          { name: "v", type: "unknown" },
          { name: "p", type: "string" },
          { name: "c", type: "IssueCollector" },
        ],
        returnType: "void",
        statements: [c.body.text],
      }),
    ),
  ];
  return printer.print("src/checks.ts", statements);
}

export interface PublicShape {
  readonly shape: Shape;
  readonly names: ValidatorNames;
  readonly type: string;
}

function typesImport(types: TypeExpressions, typesPackage: string): StatementStructures[] {
  const imports = types.imports();
  return imports.length === 0
    ? []
    : [{ kind: StructureKind.ImportDeclaration, isTypeOnly: true, namedImports: imports, moduleSpecifier: typesPackage }];
}

function summary(shape: Shape): string {
  const doc = documentation(shape.traits);
  return doc ? ` ${doc}` : "";
}

export function validatorsModule(printer: SourcePrinter, shapes: readonly PublicShape[], types: TypeExpressions, typesPackage: string): string {
  const statements: (StatementStructures | string)[] = [
    {
      kind: StructureKind.ImportDeclaration,
      namedImports: ["defineValidator", { name: "ShapeValidator", isTypeOnly: true }],
      moduleSpecifier: "@shapekit/validation",
    },
    ...typesImport(types, typesPackage),
    {
      kind: StructureKind.ImportDeclaration,
      namedImports: shapes.map((s) => s.names.check),
      moduleSpecifier: "./checks.js",
    },
    ...shapes.map(
      (s): StatementStructures => ({
        kind: StructureKind.VariableStatement,
        isExported: true,
        declarationKind: VariableDeclarationKind.Const,
        docs: [
          tsdocText(
            `Validates a ${s.shape.name} (${s.shape.id}).${summary(s.shape)}\n\n` +
              `Returns every issue, never throws. Also a Standard Schema v1 (\`${s.names.validate}["~standard"]\`).\n\n` +
              `@example\nconst result = ${s.names.validate}(value);\nif (!result.ok) console.log(result.issues);`,
          ),
        ],
        declarations: [{ name: s.names.validate, type: `ShapeValidator<${s.type}>`, initializer: `defineValidator<${s.type}>(${s.names.check})` }],
      }),
    ),
  ];
  return printer.print("src/validators.ts", statements);
}

export function guardsModule(printer: SourcePrinter, shapes: readonly PublicShape[], types: TypeExpressions, typesPackage: string): string {
  const statements: (StatementStructures | string)[] = [
    {
      kind: StructureKind.ImportDeclaration,
      namedImports: ["ValidationError", { name: "ValidateOptions", isTypeOnly: true }],
      moduleSpecifier: "@shapekit/validation",
    },
    ...typesImport(types, typesPackage),
    {
      kind: StructureKind.ImportDeclaration,
      namedImports: shapes.map((s) => s.names.validate),
      moduleSpecifier: "./validators.js",
    },
  ];
  for (const s of shapes) {
    statements.push({
      kind: StructureKind.Function,
      isExported: true,
      name: s.names.is,
      docs: [tsdocText(`True when \`value\` is a valid ${s.shape.name}: \`${s.names.validate}(value).ok\`, the model's rules included.`)],
      parameters: [{ name: "value", type: "unknown" }],
      returnType: `value is ${s.type}`,
      statements: [`return ${s.names.validate}(value).ok;`],
    });
    statements.push({
      kind: StructureKind.Function,
      isExported: true,
      name: s.names.assert,
      docs: [
        tsdocText(`Narrows \`value\` to ${s.shape.name}, or throws a \`ValidationError\` listing every issue.\n\n@throws ValidationError when \`value\` is not a valid ${s.shape.name}`),
      ],
      parameters: [
        { name: "value", type: "unknown" },
        { name: "options", type: "ValidateOptions", hasQuestionToken: true },
      ],
      returnType: `asserts value is ${s.type}`,
      statements: [
        `const result = ${s.names.validate}(value, options);`,
        `if (!result.ok) throw new ValidationError(${JSON.stringify(s.shape.name)}, result.issues);`,
      ],
    });
  }
  return printer.print("src/guards.ts", statements);
}

export function validateModule(printer: SourcePrinter, shapes: readonly PublicShape[], types: TypeExpressions, typesPackage: string): string {
  const statements: (StatementStructures | string)[] = [
    {
      kind: StructureKind.ImportDeclaration,
      namedImports: [
        "unknownShapeResult",
        { name: "ShapeValidator", isTypeOnly: true },
        { name: "ValidateOptions", isTypeOnly: true },
        { name: "ValidationResult", isTypeOnly: true },
      ],
      moduleSpecifier: "@shapekit/validation",
    },
    ...typesImport(types, typesPackage),
    {
      kind: StructureKind.ImportDeclaration,
      namedImports: shapes.map((s) => s.names.validate),
      moduleSpecifier: "./validators.js",
    },
    {
      kind: StructureKind.Interface,
      isExported: true,
      name: "ShapeTypes",
      docs: ["The type each shape name of `validate(shapeName, …)` validates."],
      properties: shapes.map((s) => ({ name: JSON.stringify(s.names.key), type: s.type })),
    },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: "ShapeName",
      docs: ["A shape name without namespace, e.g. `\"ProductionVariant\"`."],
      type: "keyof ShapeTypes",
    },
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      docs: ["A Map, not an object: a shape name typed by a user is never looked up on a prototype."],
      declarations: [
        {
          name: "VALIDATORS",
          type: "ReadonlyMap<string, ShapeValidator<unknown>>",
          initializer: `new Map<string, ShapeValidator<unknown>>([\n${shapes.map((s) => `[${JSON.stringify(s.names.key)}, ${s.names.validate}]`).join(",\n")}\n])`,
        },
      ],
    },
    {
      kind: StructureKind.Function,
      isExported: true,
      name: "validate",
      typeParameters: [{ name: "N", constraint: "ShapeName" }],
      docs: [
        tsdocText(
          "Validates `value` as the shape named `shapeName` (its name without namespace).\n\n" +
            "Returns `{ ok: true, value, warnings }` or `{ ok: false, issues, warnings }` with every issue; never throws.\n" +
            "`{ rules: false }` leaves plain Smithy semantics (no `shapekit#` rules, no deprecation warnings).\n\n" +
            `@example\nvalidate(${JSON.stringify(shapes[0]?.names.key ?? "Shape")}, value, { rules: false })`,
        ),
      ],
      parameters: [
        { name: "shapeName", type: "N" },
        { name: "value", type: "unknown" },
        { name: "options", type: "ValidateOptions", hasQuestionToken: true },
      ],
      returnType: "ValidationResult<ShapeTypes[N]>",
      statements: [
        "const validator = VALIDATORS.get(shapeName);",
        "if (validator === undefined) return unknownShapeResult(shapeName, [...VALIDATORS.keys()]);",
        "return validator(value, options) as ValidationResult<ShapeTypes[N]>;",
      ],
    },
  ];
  return printer.print("src/validate.ts", statements);
}

export function indexModule(printer: SourcePrinter): string {
  return printer.print("src/index.ts", [
    { kind: StructureKind.ExportDeclaration, moduleSpecifier: "./validators.js" },
    { kind: StructureKind.ExportDeclaration, moduleSpecifier: "./guards.js" },
    { kind: StructureKind.ExportDeclaration, namedExports: ["validate", { name: "ShapeName", isTypeOnly: true }, { name: "ShapeTypes", isTypeOnly: true }], moduleSpecifier: "./validate.js" },
    {
      kind: StructureKind.ExportDeclaration,
      namedExports: [
        "ValidationError",
        { name: "ShapeValidator", isTypeOnly: true },
        { name: "ValidateOptions", isTypeOnly: true },
        { name: "ValidationIssue", isTypeOnly: true },
        { name: "ValidationResult", isTypeOnly: true },
      ],
      moduleSpecifier: "@shapekit/validation",
    },
  ]);
}
