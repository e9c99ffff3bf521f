// The `shapekit` namespace: rules a model states in prose that no Smithy constraint trait can
// express, written as traits so that generated validators check them (issue code `rule`).
// Nothing here is specific to SageMaker: apply these traits to any model with `apply`
// statements (see rules.smithy) or directly on its shapes. Validators check them unless called
// with `{ rules: false }`, which leaves plain Smithy semantics.

$version: "2.0"

namespace shapekit

/// When both members are set, the member this trait is applied to must not be greater than the
/// sibling member it names. Example: a provisioned concurrency that may not exceed the maximum
/// concurrency of the same structure.
@trait(selector: "structure > member")
string notGreaterThan

/// The number must be a whole multiple of this value (for example 1024, for memory sizes that
/// come in 1 GB steps).
@trait(selector: ":is(number, member)")
bigDecimal multipleOf

/// The items of the list are structures, and no two of them may have the same value for the
/// member this trait names (for example tag keys, which must be unique per resource).
@trait(selector: ":is(list, member)")
string uniqueBy

/// When the sibling member named by `present` is set, the list this trait is applied to must
/// have between `min` and `max` items (both inclusive, either may be left out).
@trait(selector: "structure > member")
structure lengthWhenPresent {
    /// The sibling member whose presence turns the rule on.
    @required
    present: String

    /// Fewest items allowed while the sibling is present.
    min: Long

    /// Most items allowed while the sibling is present.
    max: Long
}

/// When the list is given, it must contain this value (for example `text`, for a feature-type
/// list that only makes sense when at least one feature is text).
@trait(selector: ":is(list, member)")
string containsValue
