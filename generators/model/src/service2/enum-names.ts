// Member names for enum values. botocore lists only the values (`"ml.t2.medium"`); a Smithy enum
// needs a member name for each. The rule follows the public AWS Smithy models, measured against
// every enum of the SageMaker model (`scripts/compare-service2.mjs` prints the figure):
//   1. word boundaries inside camel case become `_`: an upper-case run before a capitalised word
//      (`AutoMLJob` → `Auto_ML_Job`), and a lower-case letter or digit before an upper-case one
//      (`InService` → `In_Service`, `V2Component` → `V2_Component`);
//   2. every run of other characters becomes one `_` (`ml.t2.medium` → `ml_t2_medium`,
//      `AWS::SageMaker::TrainingJob` → `AWS_Sage_Maker_Training_Job`);
//   3. `_` trimmed at both ends, then upper case.
// The names the public models carry and this rule misses were chosen by hand in AWS's own
// sources (`ENGLISH` for `en`, `INSERVICE` for `InService`); botocore does not carry them.
// Two values may produce the same name (`a-b`, `a_b`): the later one gets `_2`, `_3`, … in
// document order, so the result is deterministic and every name stays a valid identifier.

const isUpper = (c: string | undefined): boolean => c !== undefined && c >= "A" && c <= "Z";
const isLower = (c: string | undefined): boolean => c !== undefined && c >= "a" && c <= "z";
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";

/**
 * The member name the public AWS Smithy models would give `value`, before collision handling.
 * One pass over the value: both word-boundary rules look at the neighbours of a letter only (a
 * regular expression for rule 1 backtracks over every upper-case run, quadratic in its length).
 */
export function enumMemberName(value: string): string {
  let name = "";
  let pendingSeparator = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (!isUpper(c) && !isLower(c) && !isDigit(c)) {
      pendingSeparator = name !== "";
      continue;
    }
    const previous = value[i - 1];
    // Rule 1: `AutoMLJob` → `Auto_ML_Job`: after a lower-case letter or digit, and before the
    // capital that starts a word after an upper-case run.
    const boundary =
      isUpper(c) &&
      (isLower(previous) || isDigit(previous) || (isUpper(previous) && isLower(value[i + 1])));
    if (name !== "" && (pendingSeparator || boundary)) name += "_";
    pendingSeparator = false;
    name += c;
  }
  name = name.toUpperCase();
  // A Smithy identifier cannot start with a digit or be empty (`"3.0"`, `"*"`, `""`).
  if (name === "") return "VALUE";
  return isDigit(name[0]) ? `_${name}` : name;
}

/** Names for all values of one enum, in order, unique (case-insensitively, as Smithy requires). */
export function enumMemberNames(values: readonly string[]): string[] {
  const used = new Set<string>();
  return values.map((value) => {
    const base = enumMemberName(value);
    let name = base;
    for (let n = 2; used.has(name.toUpperCase()); n++) name = `${base}_${n}`;
    used.add(name.toUpperCase());
    return name;
  });
}
