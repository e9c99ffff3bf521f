// Values the checks share, declared once at the top of the checks module so they are built
// once at module load: compiled regular expressions, enum value sets, member name lists.
// Identical values share one declaration.

import { code, commentText, literalList, name, type Code } from "./code.js";

export class ModuleConstants {
  readonly #declarations: Code[] = [];
  readonly #byKey = new Map<string, Code>();
  #patterns = 0;

  #declare(key: string, identifier: string, init: Code, doc?: string): Code {
    const existing = this.#byKey.get(key);
    if (existing) return existing;
    const id = name(identifier);
    this.#declarations.push(doc === undefined ? code`const ${id} = ${init};` : code`/** ${commentText(doc)} */\nconst ${id} = ${init};`);
    this.#byKey.set(key, id);
    return id;
  }

  /**
   * A compiled `@pattern`: ECMAScript syntax with the `u` flag (code points, as Smithy
   * requires), not anchored. A pattern that does not compile is a model error, reported here
   * with the shape that has it rather than as a crash when the package loads.
   */
  regex(pattern: string, where: string): Code {
    try {
      new RegExp(pattern, "u");
    } catch (e) {
      throw new Error(
        `${where}: @pattern ${JSON.stringify(pattern)} is not a valid ECMAScript regular expression with the u flag: ${(e as Error).message}`,
      );
    }
    const key = `re:${pattern}`;
    if (!this.#byKey.has(key)) this.#patterns++;
    return this.#declare(key, `PATTERN_${this.#patterns - 1}`, code`new RegExp(${pattern}, "u")`, `@pattern ${pattern}`);
  }

  /** The values of an enum, as an array (for messages) and a Set (for the check). */
  enumValues(base: string, values: readonly (string | number)[]): { list: Code; set: Code } {
    const list = this.#declare(`values:${base}`, `${base}_VALUES`, code`[${literalList(values)}]`);
    const set = this.#declare(`set:${base}`, `${base}_SET`, code`new Set<unknown>(${list})`);
    return { list, set };
  }

  /** The member names of a structure or union, in model order, for "did you mean" messages. */
  members(base: string, members: readonly string[]): Code {
    return this.#declare(`members:${base}`, `${base}_MEMBERS`, code`[${literalList(members)}]`);
  }

  declarations(): Code[] {
    return this.#declarations;
  }
}
