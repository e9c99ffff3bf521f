// Values the checks share, declared once at the top of the checks module so they are built
// once at module load: compiled regular expressions, enum value sets, member name lists.
// Identical values share one declaration. A constant's name keeps clear of every shape's
// TypeScript name: a structure named `PATTERN_0` imports its own type into the module that
// declares the pattern constants (`PATTERN_0_` then).

import { PatternError, re2Mode, translatePattern, type MatcherPlan } from "@shapekit/validation";
import { helper } from "./runtime-helpers.js";
import { code, commentText, literalList, name, type Code } from "@shapekit/generated-package";

export class ModuleConstants {
  readonly #declarations: Code[] = [];
  readonly #byKey = new Map<string, Code>();
  readonly #freshName: (candidate: string) => string;
  #patterns = 0;

  /** @param freshName a name like `candidate` that no shape's TypeScript name takes (`TypeScriptNames.freshName`) */
  constructor(freshName: (candidate: string) => string = (candidate) => candidate) {
    this.#freshName = freshName;
  }

  readonly #imports = new Map<string, { list: Code; set: Code }>();

  /**
   * @param type the declared type of an exported constant: declaration files are written from
   *   the source alone (`isolatedDeclarations`), so no export may leave its type to inference
   */
  #declare(
    key: string,
    identifier: string,
    init: Code,
    doc?: string,
    exported = false,
    type?: Code,
  ): Code {
    const existing = this.#byKey.get(key);
    if (existing) return existing;
    const id = name(this.#freshName(identifier));
    const keyword = exported ? code`export const` : code`const`;
    const annotation = type === undefined ? code`` : code`: ${type}`;
    this.#declarations.push(
      doc === undefined
        ? code`${keyword} ${id}${annotation} = ${init};`
        : code`/** ${commentText(doc)} */\n${keyword} ${id}${annotation} = ${init};`,
    );
    this.#byKey.set(key, id);
    return id;
  }

  /**
   * A `@pattern`'s matcher, as the generator planned it (`translatePattern` of
   * `@shapekit/validation`): `regexpPattern(source)` for a search proven linear on the
   * JavaScript engine's RegExp, `re2Pattern(source, mode)` for one re2js runs. The validators
   * then never parse or analyse a pattern at run time; a plan that combines several searches
   * (lookarounds taken apart) is left to `compilePattern(pattern)`, which plans on first use.
   * Where no matcher is declared the result says why: `"every string"`, a pattern every string
   * matches (nothing to check), or `"unsupported"`, one without a linear-time matcher (the
   * model loader warned about it). A pattern that is not a regular expression at all is a model
   * error the loader reports; here it can only come from a model built by hand, and is reported
   * with the shape that has it rather than as a crash when the package loads.
   */
  pattern(modelPattern: string, where: string): Code | "every string" | "unsupported" {
    let plan: MatcherPlan;
    try {
      plan = translatePattern(modelPattern).plan;
    } catch (e) {
      if (!(e instanceof PatternError)) throw e;
      if (e.reason === "unsupported") return "unsupported";
      throw new Error(
        `${where}: @pattern ${JSON.stringify(modelPattern)} is not a valid regular expression: ${e.detail} (at offset ${e.index})`,
        { cause: e },
      );
    }
    if (plan.kind === "constant" && plan.value) return "every string";
    const key = `re:${modelPattern}`;
    if (!this.#byKey.has(key)) this.#patterns++;
    return this.#declare(
      key,
      `PATTERN_${this.#patterns - 1}`,
      matcherCall(plan, modelPattern),
      `@pattern ${modelPattern}`,
    );
  }

  /**
   * The values of an enum, as an array (for messages) and a Set (for the check). `exported`
   * in the enum's own module, which every module that checks a member of the enum imports them
   * from (`imported`): one Set per enum in the package, however many shapes use it.
   */
  enumValues(
    base: string,
    values: readonly (string | number)[],
    exported = false,
  ): { list: Code; set: Code } {
    const list = this.#declare(
      `values:${base}`,
      `${base}_VALUES`,
      code`[${literalList(values)}]`,
      exported ? `The values of ${base}, in model order.` : undefined,
      exported,
      exported ? valuesType(values) : undefined,
    );
    const set = this.#declare(
      `set:${base}`,
      `${base}_SET`,
      code`new Set<unknown>(${list})`,
      exported ? `The values of ${base}, for the check.` : undefined,
      exported,
      exported ? code`Set<unknown>` : undefined,
    );
    return { list, set };
  }

  /** An enum's value list and Set as its own module exports them (`enumValues(…, true)`). */
  imported(base: string): { list: Code; set: Code } {
    let names = this.#imports.get(base);
    if (names === undefined) {
      names = {
        list: name(this.#freshName(`${base}_VALUES`)),
        set: name(this.#freshName(`${base}_SET`)),
      };
      this.#imports.set(base, names);
    }
    return names;
  }

  /**
   * `Object.prototype.hasOwnProperty`, read once at module load: the own-key test of the
   * `for…in` loops over members and map entries. V8 compiles `hasOwnProperty.call(o, k)` on a
   * `for…in` key to a check of the object's map (no lookup); `Object.hasOwn` it calls (Node 20),
   * and that call was most of the time a structure's check took.
   */
  hasOwn(): Code {
    return this.#declare(
      "hasOwnProperty",
      "HAS_OWN",
      code`Object.prototype.hasOwnProperty`,
      "Own-key test of the member and entry loops (fast on a for…in key).",
    );
  }

  /** The member names of a structure or union, in model order, for "did you mean" messages. */
  members(base: string, members: readonly string[]): Code {
    // An empty literal would be `any[]` under strict; say what it holds.
    const init = members.length === 0 ? code`[] as string[]` : code`[${literalList(members)}]`;
    return this.#declare(`members:${base}`, `${base}_MEMBERS`, init);
  }

  declarations(): Code[] {
    return this.#declarations;
  }
}

/** The type TypeScript infers for an array literal of these values (`string[]`, `number[]`). */
function valuesType(values: readonly (string | number)[]): Code {
  const hasString = values.some((v) => typeof v === "string");
  const hasNumber = values.some((v) => typeof v === "number");
  if (hasString && hasNumber) return code`(string | number)[]`;
  return hasNumber ? code`number[]` : code`string[]`;
}

/** The call that makes a plan's matcher (see `ModuleConstants.pattern`). */
function matcherCall(plan: MatcherPlan, modelPattern: string): Code {
  if (plan.kind === "regexp") return code`${helper("regexpPattern")}(${plan.source})`;
  if (plan.kind === "re2") {
    const mode = re2Mode(plan);
    return mode === undefined
      ? code`${helper("re2Pattern")}(${plan.source})`
      : code`${helper("re2Pattern")}(${plan.source}, ${mode})`;
  }
  return code`${helper("compilePattern")}(${modelPattern})`;
}
