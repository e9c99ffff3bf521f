// The TypeScript modules of the generated package:
//   src/shapes/<Name>.ts       one validated shape: its check function (which is also the guard
//                              behind `is<Name>`) and the constants it uses, `validate<Name>`
//                              (callable and a Standard Schema), `is<Name>`, `assert<Name>`; it
//                              imports the modules of the shapes it calls, so loading one shape
//                              loads exactly what it reaches (text, laid out by layout.ts)
//   src/operations/<Op>.ts     one operation's entry point (`./operations/<Op>`): the validators
//                              of its closure, `validateInput` / `validateOutput` (preformatted)
//   src/validate.ts            `validate(shapeName, value, options)` and the `ShapeTypes` map
//                              (preformatted; shape-types-interface.ts)
//   src/shape-names.ts         the shape names `validate` takes, in the order both roots hand
//                              their validators to the runtime (preformatted)
//   src/index.ts               the public API: every shape module, re-exported (preformatted)
//   src/lazy-root.ts           the same API for Node.js, loading operation entries on first use
//                              (lazy-root.ts)

import {
  fileBaseName,
  propertyKey,
  runtimeName,
  type GeneratedFile,
  type Shape,
} from "@shapekit/model";
import type { CheckContext } from "./check-context.js";
import { MAX_DEPTH, type CheckFunction } from "./check-function.js";
import {
  escapeComment as tsdocText,
  listAssignment,
  plainCallAssignment,
  PRINT_WIDTH,
  type ModuleText,
  type ModuleWriter,
  StructureKind,
} from "@shapekit/generated-package";
import { layoutShapeModule } from "./layout.js";
import { shapeTypesInterface } from "./shape-types-interface.js";
import type { TypeExpressions } from "./type-expression.js";
import { helpersCalledBy } from "./runtime-helpers.js";
import type { ValidatorNames } from "./validator-names.js";

/**
 * What generated validators import: the validation runtime without the pattern translator
 * (`@shapekit/validation/core`), which the generator has already run on every pattern.
 */
const VALIDATION_CORE = "@shapekit/validation/core";

/** `@shapekit/validation` exports as generated code refers to them (the import aliases). */
const rt = {
  defineValidator: runtimeName("defineValidator"),
  defineCheckGuard: runtimeName("defineCheckGuard"),
  defineAssertion: runtimeName("defineAssertion"),
  ShapeGuard: runtimeName("ShapeGuard"),
  ShapeAssertion: runtimeName("ShapeAssertion"),
  IssueCollector: runtimeName("IssueCollector"),
  ShapeValidator: runtimeName("ShapeValidator"),
  validateByName: runtimeName("validateByName"),
  ValidateByName: runtimeName("ValidateByName"),
};

/** A shape module's file name (without folder and extension). */
function moduleName(names: ValidatorNames): string {
  return fileBaseName(names.base);
}

/** Where a shape's module lives. */
export function shapeModulePath(names: ValidatorNames): string {
  return `src/shapes/${moduleName(names)}.ts`;
}

/**
 * One shape's module, as text for layoutShapeModule (which indents the check body and breaks
 * its long lines) or, failing that, prettier.
 * `ctx` is the shape's own context: its constants and the calls its body makes.
 */
export function shapeModule(
  writer: ModuleWriter,
  ctx: CheckContext,
  check: CheckFunction,
  s: PublicShape,
  types: TypeExpressions,
  typesPackage: string,
): GeneratedFile {
  const declarations = ctx.constants.declarations();
  const usesDepth = check.body.text.includes(MAX_DEPTH.text);
  const runtime = [
    ...helpersCalledBy([check.body.text, ...declarations.map((d) => d.text)].join("\n")),
    ...(usesDepth ? ["MAX_RECURSION_DEPTH"] : []),
    "defineValidator",
    "defineCheckGuard",
    "defineAssertion",
    "type IssueCollector",
    "type ShapeValidator",
    "type ShapeGuard",
    "type ShapeAssertion",
  ];
  const module = writer.module();
  // `compilePattern` (a pattern planned at run time) is the translator's, outside the core.
  const fromCore = runtime.filter((name) => name !== "compilePattern");
  module.runtime(VALIDATION_CORE, fromCore);
  if (fromCore.length < runtime.length) module.runtime("@shapekit/validation", ["compilePattern"]);
  const typeNames = types.imports();
  if (typeNames.length > 0) module.importNames(typeNames, typesPackage, { typeOnly: true });
  const callees = [...(ctx.calls ?? [])]
    .filter((id) => id !== s.shape.id)
    .map((id) => ({ names: ctx.names.get(id)!, type: ctx.model.expectShape(id).type }))
    .sort((a, b) => (a.names.base < b.names.base ? -1 : a.names.base > b.names.base ? 1 : 0));
  for (const { names, type } of callees) {
    // Enum members are checked inline against the enum module's value list and Set.
    const enumConstants =
      ctx.enumsByImport && (type === "enum" || type === "intEnum")
        ? ctx.constants.imported(names.base)
        : undefined;
    module.importNames(
      enumConstants ? [enumConstants.list.text, enumConstants.set.text] : [names.check],
      `./${moduleName(names)}.js`,
    );
  }
  for (const d of declarations) module.statement(d);
  const n = s.names;
  const depth = ctx.depthCarriers.has(s.shape.id);
  module
    .doc(
      `${check.doc} Reports each issue to \`c\`; without \`c\`, false at the first${depth ? " (`d`: recursive shapes entered)" : ""}.`,
    )
    .functionDeclaration(
      `export function ${check.name}`,
      ["v: unknown", "p: string", `c?: ${rt.IssueCollector}`, ...(depth ? ["d = 0"] : [])],
      "boolean",
      [check.body.text, "return true;"],
    );
  // `validate…`, `is…` and `assert…` are built by the runtime from the check and the validator:
  // one line each instead of a function apiece, in every one of a whole service's thousands of
  // modules.
  const definitions: Array<
    [doc: string, name: string, type: string, callee: string, args: string]
  > = [
    [
      `Validates a ${s.shape.name} (${s.shape.id}): every issue, never throws. Also a Standard Schema v1 (\`${n.validate}["~standard"]\`).`,
      n.validate,
      rt.ShapeValidator,
      rt.defineValidator,
      n.check,
    ],
    [
      `Whether \`value\` is a valid ${s.shape.name}: \`${n.validate}(value).ok\`, without building the issues.`,
      n.is,
      rt.ShapeGuard,
      rt.defineCheckGuard,
      n.check,
    ],
    [
      `Narrows \`value\` to ${s.shape.name}, or throws a \`ValidationError\` listing every issue.`,
      n.assert,
      rt.ShapeAssertion,
      rt.defineAssertion,
      `${JSON.stringify(s.shape.name)}, ${n.validate}`,
    ],
  ];
  for (const [doc, name, type, callee, args] of definitions)
    module.statement(
      // Prettier's layout of a long declaration: the value on the next line.
      `/** ${tsdocText(doc)} */\n${typedDefinition(`export const ${name}: ${type}<${s.type}> =`, callee, s.type, args)}`,
    );
  // Laid out as prettier would (check bodies indented, long lines broken), or left to prettier
  // when a construct is not one layout.ts knows.
  return writer.file(shapeModulePath(s.names), module, { layout: layoutShapeModule });
}

/**
 * `export const validateX: ShapeValidator<T> = defineValidator<T>(checkX);` (and the `is…` and
 * `assert…` lines like it) in prettier's layout of a long assignment. With one short argument
 * (at most a quarter of the width) the call is "poorly breakable": the value moves to the next
 * line. Otherwise the layout is "fluid": the value stays after `=` when the text up to its first
 * break point fits (after `(` when the type argument is a plain name, prettier hugs those; after
 * `<` otherwise), and breaks there, one argument per line. When the name and its annotation
 * alone are too long, the annotation's type argument breaks instead (and a value of one short
 * argument then moves after the `> =`, as it moves after the `=` above). A layout outside these
 * stays one long line, which layoutShapeModule leaves to prettier.
 */
export function typedDefinition(head: string, callee: string, type: string, args: string): string {
  const definition = `${callee}<${type}>(${args});`;
  const oneLine = `${head} ${definition}`;
  if (oneLine.length <= PRINT_WIDTH) return `${oneLine}\n`;
  const argumentList = args.split(", ");
  /**
   * The arguments one per line at `indent` spaces, or undefined when one is too long and could
   * break (a name or a plain string cannot: prettier leaves it past the width).
   */
  const brokenArguments = (indent: number) =>
    argumentList.every(
      (a) => indent + a.length + 1 <= PRINT_WIDTH || /^[A-Za-z_$][\w$]*$|^"[^"\\]*"$/.test(a),
    )
      ? argumentList.map((a) => `${" ".repeat(indent)}${a},\n`).join("")
      : undefined;
  if (head.length > PRINT_WIDTH && !/^[A-Za-z_$][\w$]*$/.test(type)) {
    // The name and its annotation alone are too long: prettier breaks the annotation's type
    // argument onto a line of its own (unless it is a plain name, which it hugs) and, when it
    // then fits, keeps the value after `> =`.
    const annotationOpen = head.slice(0, -`${type}> =`.length);
    // (`…: __ShapeValidator<` has no break point of its own: it may run past the width.)
    // (Nor has a type argument that is a name or a list of one.)
    if (
      !head.endsWith(`<${type}> =`) ||
      (2 + type.length > PRINT_WIDTH && !/^[A-Za-z_$][\w$]*(?:\[\])*$/.test(type))
    )
      return `${oneLine}\n`;
    const annotation = `${annotationOpen}\n  ${type}\n`;
    const rest = `> = ${definition}`;
    if (rest.length <= PRINT_WIDTH) return `${annotation}${rest}\n`;
    if (argumentList.length === 1 && args.length <= PRINT_WIDTH / 4) {
      // One short argument: the value, hard to break, moves to the line after `> =`, its
      // argument broken there in turn when it still does not fit.
      const value = `  ${definition}`;
      if (value.length <= PRINT_WIDTH) return `${annotation}> =\n${value}\n`;
      const valueOpen = `  ${callee}<${type}>(`;
      return valueOpen.length <= PRINT_WIDTH
        ? `${annotation}> =\n${valueOpen}\n    ${args},\n  );\n`
        : `${oneLine}\n`;
    }
    // Still too long: the value's arguments one per line; or, when the value's type argument
    // is too long for that, it breaks like the annotation's.
    const restOpen = `> = ${callee}<${type}>(`;
    const restArguments = brokenArguments(2);
    if (restOpen.length <= PRINT_WIDTH)
      return restArguments !== undefined
        ? `${annotation}${restOpen}\n${restArguments});\n`
        : `${oneLine}\n`;
    const valueType = `${annotation}> = ${callee}<\n  ${type}\n`;
    if (`>(${args});`.length <= PRINT_WIDTH) return `${valueType}>(${args});\n`;
    return restArguments !== undefined ? `${valueType}>(\n${restArguments});\n` : `${oneLine}\n`;
  }
  const continued = `  ${callee}<${type}>(`;
  const continuedArguments = brokenArguments(4);
  const afterOperator =
    2 + definition.length <= PRINT_WIDTH
      ? `${head}\n  ${definition}\n`
      : // Too long for its own line too: the value's arguments break, one per line.
        // (`callee<T>(` of a plain `T` has no break point: it may run past the width.)
        (continued.length <= PRINT_WIDTH || /^[A-Za-z_$][\w$]*$/.test(type)) &&
          continuedArguments !== undefined
        ? `${head}\n${continued}\n${continuedArguments}  );\n`
        : `${oneLine}\n`;
  const single = argumentList.length === 1;
  if (single && args.length <= PRINT_WIDTH / 4) return afterOperator;
  const open = `${head} ${callee}<${type}>(`;
  if (open.length <= PRINT_WIDTH)
    return `${open}\n${argumentList.map((a) => `  ${a},\n`).join("")});\n`;
  if (/^[A-Za-z_$][\w$]*$/.test(type)) return afterOperator;
  if (`${head} ${callee}<`.length <= PRINT_WIDTH) {
    return 2 + type.length <= PRINT_WIDTH && `>(${args});`.length <= PRINT_WIDTH
      ? `${head} ${callee}<\n  ${type}\n>(${args});\n`
      : `${oneLine}\n`;
  }
  return afterOperator;
}

/** The names a shape module exports to the package's users. */
export function publicNames(names: ValidatorNames): string[] {
  return [names.validate, names.is, names.assert];
}

/** What both roots (index.ts, lazy-root.ts) re-export from the validation runtime. */
export const RUNTIME_REEXPORTS: readonly string[] = [
  "ValidationError",
  "type ShapeValidator",
  "type ValidateOptions",
  "type ValidationIssue",
  "type ValidationResult",
];

/** `src/index.ts`: every shape module re-exported, then `validate` and the runtime's types. Preformatted. */
export function indexModule(writer: ModuleWriter, shapes: readonly PublicShape[]): GeneratedFile {
  const module = writer.module();
  for (const s of shapes)
    module.reexportNames(publicNames(s.names), `./shapes/${moduleName(s.names)}.js`);
  module.reexportNames(["validate", "type ShapeName", "type ShapeTypes"], "./validate.js");
  module.reexportNames(RUNTIME_REEXPORTS, VALIDATION_CORE);
  return writer.file("src/index.ts", module);
}

/**
 * `src/operations/<Op>.ts`: the validators of the shapes the operation reaches, and its input's
 * and output's as `validateInput` / `validateOutput` (with `is…` and `assert…`). Preformatted.
 */
export function operationEntryModule(
  writer: ModuleWriter,
  operationName: string,
  reexports: readonly OperationReexport[],
  input: ValidatorNames | undefined,
  inputSchema?: InputSchema,
): GeneratedFile {
  const module = writer.module();
  // With a schema, `validateInput` is the input's validator that is also a Standard JSON Schema.
  const withSchema = input !== undefined && inputSchema !== undefined;
  const rt = withSchema
    ? module.runtime(VALIDATION_CORE, ["withJsonSchema", "type InputValidator"])
    : undefined;
  if (withSchema) {
    typesImport(module, inputSchema.types, inputSchema.typesPackage);
    module.importNames([input.validate], `../shapes/${moduleName(input)}.js`);
    module.importJson(INPUT_SCHEMA, `../../${inputSchema.file}`);
  }
  for (const { shape, own, aliases } of reexports)
    module.reexportNames([...own, ...aliases], `../shapes/${moduleName(shape.names)}.js`);
  if (withSchema && rt !== undefined) {
    module
      .doc(
        `Validates the operation's input (${input.validate}); its \`~standard\` is also a Standard JSON Schema (\`~standard.jsonSchema.input({ target: "draft-2020-12" })\`).`,
      )
      .statement(
        ...callAssignment(
          `export const validateInput: ${rt.InputValidator}<${inputSchema.type}> = `,
          rt.withJsonSchema,
          [input.validate, INPUT_SCHEMA],
        ),
      );
  }
  // An operation that exports nothing (it reaches no validated shape) still needs a module.
  if (reexports.length === 0 && !withSchema) module.statement("export {};", { laidOut: true });
  return writer.file(`src/operations/${fileBaseName(operationName)}.ts`, module);
}

/** What an operation's entry point re-exports from one shape module. */
export interface OperationReexport {
  readonly shape: PublicShape;
  /** The shape's public names the entry point exports as they are. */
  readonly own: readonly string[];
  /** `validateX as validateInput` and the like: its input's and output's other names. */
  readonly aliases: readonly string[];
}

/**
 * What an operation's entry point re-exports from each shape module: the shape's public names,
 * and its input's and output's under `…Input` / `…Output` (`validateInput` apart when the
 * entry declares it with its JSON Schema). Shapes that re-export nothing are left out.
 */
export function operationReexports(
  shapes: readonly PublicShape[],
  input: ValidatorNames | undefined,
  output: ValidatorNames | undefined,
  withSchema: boolean,
): OperationReexport[] {
  // The operation's own names win over a shape's that spell the same (CloudFormation's shape
  // `Output` has `validateOutput`): that shape's validators stay exported from the root.
  const operationNames = new Set([
    ...(input ? ["validateInput", "isInput", "assertInput"] : []),
    ...(output ? ["validateOutput", "isOutput", "assertOutput"] : []),
  ]);
  const reexports: OperationReexport[] = [];
  for (const s of shapes) {
    const own = publicNames(s.names).filter((name) => !operationNames.has(name));
    const aliases: string[] = [];
    if (s.names === input)
      aliases.push(
        ...(withSchema ? [] : [`${s.names.validate} as validateInput`]),
        `${s.names.is} as isInput`,
        `${s.names.assert} as assertInput`,
      );
    if (s.names === output)
      aliases.push(
        `${s.names.validate} as validateOutput`,
        `${s.names.is} as isOutput`,
        `${s.names.assert} as assertOutput`,
      );
    if (own.length > 0 || aliases.length > 0) reexports.push({ shape: s, own, aliases });
  }
  return reexports;
}

/** An operation input's JSON Schema file, and the input's type for `validateInput`'s declaration. */
export interface InputSchema {
  /** The schema's file in the package: `schemas/<Input>.schema.json`. */
  readonly file: string;
  /** The input's TypeScript type, as `types` spells it (its names imported from `typesPackage`). */
  readonly type: string;
  readonly types: TypeExpressions;
  readonly typesPackage: string;
}

/** The local name of the imported input schema (`__`: clear of every shape's names). */
const INPUT_SCHEMA = "__inputSchema";

/**
 * `head` + `callee(a, b);` (two or more arguments) in prettier's layout: on one line when it
 * fits; else with one argument per line when `head` + `callee(` fits on a line; else (a long
 * type in the annotation) the value on the line after the `=`, its arguments broken there in
 * turn when it does not fit. The last layout is promised only for an annotation whose type
 * argument is a plain name (prettier never breaks that); another is left to prettier.
 */
function callAssignment(
  head: string,
  callee: string,
  args: readonly string[],
): [text: string, options: { laidOut: boolean }] {
  const oneLine = `${head}${callee}(${args.join(", ")});`;
  if (oneLine.length <= PRINT_WIDTH) return [`${oneLine}\n`, { laidOut: true }];
  const brokenArguments = (indent: string) => args.map((a) => `${indent}${a},\n`).join("");
  if (`${head}${callee}(`.length <= PRINT_WIDTH)
    return [`${head}${callee}(\n${brokenArguments("  ")});\n`, { laidOut: true }];
  const value = `  ${callee}(${args.join(", ")});`;
  const afterOperator =
    value.length <= PRINT_WIDTH
      ? `${head.trimEnd()}\n${value}\n`
      : `${head.trimEnd()}\n  ${callee}(\n${brokenArguments("    ")}  );\n`;
  return [afterOperator, { laidOut: args.length > 1 && PLAIN_TYPE_ARGUMENT.test(head) }];
}

/** `…: Annotation<TypeName> = `: an annotation whose one type argument is a plain name. */
const PLAIN_TYPE_ARGUMENT = /^[^<]*<[A-Za-z_$][\w$]*> = $/;

export interface PublicShape {
  readonly shape: Shape;
  readonly names: ValidatorNames;
  readonly type: string;
}

function typesImport(module: ModuleText, types: TypeExpressions, typesPackage: string): void {
  const imports = types.imports();
  if (imports.length > 0) module.importNames(imports, typesPackage, { typeOnly: true });
}

export function validateModule(
  writer: ModuleWriter,
  shapes: readonly PublicShape[],
  types: TypeExpressions,
  typesPackage: string,
): GeneratedFile {
  const module = writer.module();
  typesImport(module, types, typesPackage);
  for (const s of shapes)
    module.importNames([s.names.validate], `./shapes/${moduleName(s.names)}.js`);
  // Written in prettier's layout, so that this module (a whole service's largest) skips
  // prettier: the interface by shape-types-interface.ts (or, for a property it does not lay
  // out, through the prettier-shape grammar), the rest by construction.
  const doc = "The type each shape name of `validate(shapeName, …)` validates.";
  const properties = shapes.map((s) => ({ key: propertyKey(s.names.key), type: s.type }));
  const laidOut = shapeTypesInterface(doc, properties);
  if (laidOut !== undefined) module.statement(`\n${laidOut}`, { laidOut: true });
  else
    module.declarations([
      {
        kind: StructureKind.Interface,
        isExported: true,
        name: "ShapeTypes",
        docs: [doc],
        properties: properties.map((p) => ({ name: p.key, type: p.type })),
      },
    ]);
  module.statement(
    '\n/** A shape name without namespace, e.g. `"ProductionVariant"`. */\n' +
      "export type ShapeName = keyof ShapeTypes;\n",
    { laidOut: true },
  );
  validateExport(module, VALIDATION_CORE, shapes);
  return writer.file("src/validate.ts", module);
}

/** The module of the shape names (`shape-names.ts`), as the roots import it. */
const SHAPE_NAMES_MODULE = "./shape-names.js";

/**
 * `src/shape-names.ts`: the name of each shape `validate(shapeName, …)` knows, in the order both
 * roots hand their validators to the runtime's `validateByName`. Preformatted.
 */
export function shapeNamesModule(
  writer: ModuleWriter,
  shapes: readonly PublicShape[],
): GeneratedFile {
  const module = writer.module();
  const names = listAssignment(
    "export const SHAPE_NAMES: readonly string[]",
    shapes.map((s) => JSON.stringify(s.names.key)),
  );
  module.statement(
    `/** The shapes \`validate(shapeName, …)\` knows, by the name it takes, in name order. */\n${names.text}`,
    { laidOut: names.laidOut },
  );
  return writer.file("src/shape-names.ts", module);
}

/**
 * `export const validate` of a root: the runtime's `validateByName` over the shape names and
 * each shape's `validate<Name>` in scope (the real one, or the lazy root's stand-in), in the
 * same order; with its documentation. The module has `ShapeTypes` in scope.
 */
export function validateExport(
  module: ModuleText,
  runtime: string,
  shapes: readonly PublicShape[],
): void {
  module.runtime(runtime, ["validateByName", "type ValidateByName"]);
  module.importNames(["SHAPE_NAMES"], SHAPE_NAMES_MODULE);
  const validateDoc =
    "Validates `value` as the shape named `shapeName` (its name without namespace).\n\n" +
    "Returns `{ ok: true, value, warnings }` or `{ ok: false, issues, warnings }` with every issue; never throws.\n" +
    "`{ rules: false }` leaves plain Smithy semantics (no `shapekit#` rules, no deprecation warnings).\n\n" +
    `@example\nvalidate(${JSON.stringify(shapes[0]?.names.key ?? "Shape")}, value, { rules: false })`;
  const { text, laidOut } = plainCallAssignment(
    `export const validate: ${rt.ValidateByName}<ShapeTypes>`,
    rt.validateByName,
    ["SHAPE_NAMES", ...shapes.map((s) => s.names.validate)],
  );
  module.statement(`\n${blockComment(tsdocText(validateDoc))}${text}`, { laidOut });
}

/** A multi-line `/** … *\/` comment, one ` * ` line per line of `text`. */
function blockComment(text: string): string {
  const lines = text.split("\n").map((line) => (line === "" ? " *" : ` * ${line}`));
  return `/**\n${lines.join("\n")}\n */\n`;
}
