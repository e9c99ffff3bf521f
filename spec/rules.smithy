// The rules of the CreateEndpointConfig page that its text states and the model's constraint
// traits cannot express, applied as `shapekit` traits (defined in shapekit-traits.smithy).
// Generated validators report them with code `rule`; `{ rules: false }` turns them off.
// The deprecation of AcceleratorType needs no rule: validators warn about every member marked
// `@deprecated`.

$version: "2.0"

namespace com.amazonaws.sagemaker

use shapekit#containsValue
use shapekit#lengthWhenPresent
use shapekit#multipleOf
use shapekit#notGreaterThan
use shapekit#uniqueBy

// "ProvisionedConcurrency ... Should be less than or equal to MaxConcurrency."
apply ProductionVariantServerlessConfig$ProvisionedConcurrency @notGreaterThan("MaxConcurrency")

// "Valid values are in 1 GB increments: 1024 MB, 2048 MB, 3072 MB, 4096 MB, 5120 MB, or 6144 MB."
apply ProductionVariantServerlessConfig$MemorySizeInMB @multipleOf(1024)

// "Tag keys must be unique per resource."
apply TagList @uniqueBy("Key")

// Managed instance scaling: the minimum instance count cannot exceed the maximum.
apply ProductionVariantManagedInstanceScaling$MinInstanceCount @notGreaterThan("MaxInstanceCount")

// "If you use this field [ShadowProductionVariants], you can only specify one variant for
// ProductionVariants and one variant for ShadowProductionVariants."
apply CreateEndpointConfigInput$ProductionVariants @lengthWhenPresent(present: "ShadowProductionVariants", min: 1, max: 1)

apply CreateEndpointConfigInput$ShadowProductionVariants @lengthWhenPresent(present: "ShadowProductionVariants", min: 1, max: 1)

// "If provided, FeatureTypes must have at least one 'text' string."
apply ClarifyInferenceConfig$FeatureTypes @containsValue("text")
