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

/** The member name the public AWS Smithy models would give `value`, before collision handling. */
export function enumMemberName(value: string): string {
  const name = value
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2")
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/[^A-Za-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .toUpperCase();
  // A Smithy identifier cannot start with a digit or be empty (`"3.0"`, `"*"`, `""`).
  if (name === "") return "VALUE";
  return /^[0-9]/.test(name) ? `_${name}` : name;
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
