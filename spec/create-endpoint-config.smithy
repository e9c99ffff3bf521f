// The CreateEndpointConfig operation: its input, output and error, and the names and ARN it
// deals in.

$version: "2.0"

namespace com.amazonaws.sagemaker

/// Stores a named, reusable recipe for an endpoint: which models to serve, on which hardware, and
/// with which optional features. Creating the endpoint itself is a separate call.
operation CreateEndpointConfig {
    input: CreateEndpointConfigInput
    output: CreateEndpointConfigOutput
    errors: [
        ResourceLimitExceeded
    ]
}

/// Everything that goes into a new endpoint configuration.
@input
structure CreateEndpointConfigInput {
    /// Name for the new configuration; endpoints refer to it by this name.
    @required
    @clientOptional
    EndpointConfigName: EndpointConfigName

    /// The models that answer live traffic, one entry per variant.
    @required
    @clientOptional
    ProductionVariants: ProductionVariantList

    /// Optional recording of the endpoint's requests and responses to S3, for monitoring.
    DataCaptureConfig: DataCaptureConfig

    /// Labels to attach to the configuration, e.g. for cost allocation or access policies.
    Tags: TagList

    /// KMS key for encrypting the storage volumes of the hosting instances. Leave it out when any
    /// variant runs on an instance type with built-in local disks, which are encrypted by hardware
    /// instead.
    KmsKeyId: KmsKeyId

    /// Makes the endpoint queue requests and deliver results through S3 instead of in the HTTP
    /// response.
    AsyncInferenceConfig: AsyncInferenceConfig

    /// Adds online explanations (SageMaker Clarify) to the endpoint's predictions.
    ExplainerConfig: ExplainerConfig

    /// Variants that receive a copy of live traffic for testing; their answers never reach callers.
    ShadowProductionVariants: ProductionVariantList

    /// IAM role that SageMaker assumes to act for the caller while running the endpoint.
    ExecutionRoleArn: RoleArn

    /// Puts the hosting containers on subnets of the caller's own VPC.
    VpcConfig: VpcConfig

    /// When true, the model containers can neither open nor accept network connections.
    EnableNetworkIsolation: com.amazonaws.sagemaker#Boolean
}

/// What SageMaker sends back once the configuration is stored.
@output
structure CreateEndpointConfigOutput {
    /// ARN of the configuration that was just created.
    @required
    @clientOptional
    EndpointConfigArn: EndpointConfigArn
}

/// A service quota of the account is used up, so the resource was not created.
@error("client")
structure ResourceLimitExceeded {
    /// Says which quota was hit.
    Message: FailureReason
}

/// Name of an endpoint configuration: up to 63 letters, digits and hyphens, with a letter or digit
/// at both ends.
@length(min: 0, max: 63)
@pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$")
string EndpointConfigName

/// ARN that identifies one endpoint configuration.
@length(min: 20, max: 2048)
@pattern("^arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:endpoint-config/")
string EndpointConfigArn

/// Free text explaining why something went wrong.
@length(min: 0, max: 1024)
string FailureReason
