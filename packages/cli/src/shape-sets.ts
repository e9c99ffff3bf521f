// An operation description put together from parts, as a generated package stores it: the
// operation's own part (its names, options, and the shapes no other operation reaches) plus the
// shape sets it shares with other operations, each written once per package. Most of a service's
// shapes are reached by several operations; storing each with every one of them repeated the
// shape, its documentation and its constraints hundreds of times.
//
// The stored form also leaves out what has a default: an option's `required: false`.

import type { CliOption, CliShape, CliShapeTable } from "@shapekit/shorthand";
import type {
  CliConstraints,
  CliConstraintTable,
  CliOperationDescription,
} from "./operation-description.js";

/** Shapes with their documentation and constraints, keyed as in `CliOperationDescription`. */
export interface CliShapeSet {
  readonly shapes: CliShapeTable;
  readonly documentation?: {
    readonly shapes?: Readonly<Record<string, string>>;
    readonly members?: Readonly<Record<string, string>>;
  };
  readonly constraints?: CliConstraintTable;
}

/** A `CliOption` as stored: `required` absent means `false`. */
export type CliOptionData = Omit<CliOption, "required"> & { readonly required?: boolean };

/** An operation's own part: a `CliOperationDescription` whose options may leave out `required`. */
export interface CliOperationDescriptionData extends Omit<CliOperationDescription, "options"> {
  readonly options: readonly CliOptionData[];
}

/** An operation's description as a package stores it: its own part, then the sets it shares. */
export type CliOperationParts = readonly [CliOperationDescriptionData, ...CliShapeSet[]];

type Records<T> = ReadonlyArray<Readonly<Record<string, T>> | undefined>;

/** The union of records, keys sorted; a null-prototype record, since keys are model names. */
function merged<T>(records: Records<T>): Record<string, T> {
  const entries: Array<[string, T]> = [];
  for (const record of records)
    if (record !== undefined)
      for (const key of Object.keys(record)) entries.push([key, record[key]!]);
  entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const out = Object.create(null) as Record<string, T>;
  for (const [key, value] of entries) out[key] = value;
  return out;
}

function option(stored: CliOptionData): CliOption {
  const { name, member, shape, required, ...rest } = stored;
  return { name, member, shape, required: required === true, ...rest };
}

/**
 * `target[key]` computed from `compute` the first time it is read, then an ordinary data
 * property: a package's root loads every operation's description, and most are never read.
 */
function lazy(target: object, key: string, compute: () => unknown): void {
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get() {
      const value = compute();
      Object.defineProperty(target, key, {
        value,
        enumerable: true,
        configurable: true,
        writable: true,
      });
      return value;
    },
  });
}

/**
 * The full description of an operation from its parts: its own, then the shape sets it shares. The
 * result is what `CliOperationDescription` documents: every shape the input and output reach,
 * documentation and constraints by key (sorted), every option with its `required`. Its
 * `shapes`, `documentation` and `constraints` are put together when first read (JSON, spreads
 * and comparisons read them as any property; the result has the same keys in the same order).
 */
export function describeOperation(parts: CliOperationParts): CliOperationDescription {
  const own = parts[0];
  const hasConstraints = parts.some(
    (p) =>
      Object.keys(p.constraints?.shapes ?? {}).length +
        Object.keys(p.constraints?.members ?? {}).length >
      0,
  );
  const operationDoc = own.documentation?.operation;
  const description: Record<string, unknown> = {
    name: own.name,
    operationName: own.operationName,
    ...(own.input !== undefined ? { input: own.input } : {}),
    ...(own.output !== undefined ? { output: own.output } : {}),
    ...(own.streamingOutput !== undefined ? { streamingOutput: own.streamingOutput } : {}),
    options: own.options.map(option),
  };
  lazy(description, "shapes", (): Record<string, CliShape> => merged(parts.map((p) => p.shapes)));
  lazy(description, "documentation", () => ({
    ...(operationDoc !== undefined ? { operation: operationDoc } : {}),
    shapes: merged(parts.map((p) => p.documentation?.shapes)),
    members: merged(parts.map((p) => p.documentation?.members)),
  }));
  if (hasConstraints)
    lazy(description, "constraints", () => ({
      shapes: merged<CliConstraints>(parts.map((p) => p.constraints?.shapes)),
      members: merged<CliConstraints>(parts.map((p) => p.constraints?.members)),
    }));
  if (own.pagination !== undefined) description["pagination"] = own.pagination;
  return description as unknown as CliOperationDescription;
}
