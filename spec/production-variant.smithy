// A production variant (one model deployment behind an endpoint) and its nested settings.
// The instance-type enum is long and lives in instance-type.smithy.

$version: "2.0"

namespace com.amazonaws.sagemaker

/// Between one and ten production variants.
@length(min: 1, max: 10)
list ProductionVariantList {
    /// One variant.
    member: ProductionVariant
}

/// One model deployment behind the endpoint: the model, the compute it runs on, and how much
/// traffic it gets.
structure ProductionVariant {
    /// Identifies this variant inside the endpoint.
    @required
    @clientOptional
    VariantName: VariantName

    /// The previously created SageMaker model that this variant serves.
    ModelName: ModelName

    /// How many instances the variant starts with.
    InitialInstanceCount: InitialTaskCount

    /// Hardware for instance-based hosting; leave it out for a serverless variant.
    InstanceType: ProductionVariantInstanceType

    /// Relative traffic weight: variants share the traffic in proportion to their weights. Treated
    /// as 1.0 when left out.
    InitialVariantWeight: VariantWeight

    /// Size of the Elastic Inference accelerator that used to be attached to each instance; kept
    /// for compatibility only.
    @deprecated(
        message: "Elastic Inference is discontinued, so there is no accelerator left to attach."
    )
    AcceleratorType: ProductionVariantAcceleratorType

    /// Where to keep a core dump when the model container crashes.
    CoreDumpConfig: ProductionVariantCoreDumpConfig

    /// Runs the variant serverless, sized by memory and concurrency, instead of on dedicated
    /// instances.
    ServerlessConfig: ProductionVariantServerlessConfig

    /// Storage volume per instance, in GB.
    VolumeSizeInGB: ProductionVariantVolumeSizeInGB

    /// How long an instance may take to fetch the model artifacts from S3 and unpack them.
    ModelDataDownloadTimeoutInSeconds: ProductionVariantModelDataDownloadTimeoutInSeconds

    /// How long a freshly started container has to pass its first health check.
    ContainerStartupHealthCheckTimeoutInSeconds: ProductionVariantContainerStartupHealthCheckTimeoutInSeconds

    /// Allows Systems Manager sessions into the variant's instances, which helps with debugging.
    EnableSSMAccess: ProductionVariantSSMAccess

    /// Lets SageMaker grow and shrink the variant's instance count within bounds.
    ManagedInstanceScaling: ProductionVariantManagedInstanceScaling

    /// How requests are spread over the variant's instances.
    RoutingConfig: ProductionVariantRoutingConfig

    /// Pins the machine image the instances boot, and with it the GPU or Neuron driver stack.
    InferenceAmiVersion: ProductionVariantInferenceAmiVersion
}

/// Name of a production variant: up to 63 letters, digits and hyphens, with a letter or digit at
/// both ends.
@length(min: 0, max: 63)
@pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$")
string VariantName

/// Name of a SageMaker model: up to 63 letters, digits and hyphens, starting and ending with a
/// letter or digit.
@length(min: 0, max: 63)
@pattern("^[a-zA-Z0-9]([\\-a-zA-Z0-9]*[a-zA-Z0-9])?$")
string ModelName

/// A number of instances, one or more.
@range(min: 1)
integer InitialTaskCount

/// A relative traffic weight; never negative.
@range(min: 0)
float VariantWeight

/// Elastic Inference accelerator sizes, from a feature AWS has since retired.
enum ProductionVariantAcceleratorType {
    /// First-generation accelerator, medium.
    ML_EIA1_MEDIUM = "ml.eia1.medium"
    /// First-generation accelerator, large.
    ML_EIA1_LARGE = "ml.eia1.large"
    /// First-generation accelerator, xlarge.
    ML_EIA1_XLARGE = "ml.eia1.xlarge"
    /// Second-generation accelerator, medium.
    ML_EIA2_MEDIUM = "ml.eia2.medium"
    /// Second-generation accelerator, large.
    ML_EIA2_LARGE = "ml.eia2.large"
    /// Second-generation accelerator, xlarge.
    ML_EIA2_XLARGE = "ml.eia2.xlarge"
}

/// Where crash dumps of the model container go.
structure ProductionVariantCoreDumpConfig {
    /// S3 location that receives the dump files.
    @required
    @clientOptional
    DestinationS3Uri: DestinationS3Uri

    /// KMS key for encrypting the dumps at rest in S3; SageMaker falls back to the account's
    /// default S3 key when it is left out.
    KmsKeyId: KmsKeyId
}

/// Sizing of a serverless variant.
structure ProductionVariantServerlessConfig {
    /// Memory of each invocation environment, in whole gigabytes expressed as MB.
    @required
    @clientOptional
    MemorySizeInMB: ServerlessMemorySizeInMB

    /// Cap on invocations handled at the same time.
    @required
    @clientOptional
    MaxConcurrency: ServerlessMaxConcurrency

    /// Invocations kept warm in advance to avoid cold starts; at most the maximum concurrency.
    ProvisionedConcurrency: ServerlessProvisionedConcurrency
}

/// Serverless memory size in MB, from 1024 to 6144.
@range(min: 1024, max: 6144)
integer ServerlessMemorySizeInMB

/// Serverless concurrency cap, from 1 to 200.
@range(min: 1, max: 200)
integer ServerlessMaxConcurrency

/// Number of pre-warmed serverless invocations, from 1 to 200.
@range(min: 1, max: 200)
integer ServerlessProvisionedConcurrency

/// Per-instance storage in GB, from 1 to 512.
@range(min: 1, max: 512)
integer ProductionVariantVolumeSizeInGB

/// Seconds allowed for fetching model data, from 60 to 3600.
@range(min: 60, max: 3600)
integer ProductionVariantModelDataDownloadTimeoutInSeconds

/// Seconds a new container has to become healthy, from 60 to 3600.
@range(min: 60, max: 3600)
integer ProductionVariantContainerStartupHealthCheckTimeoutInSeconds

/// Whether Systems Manager can reach the variant's instances.
boolean ProductionVariantSSMAccess

/// Bounds for SageMaker's automatic scaling of a variant.
structure ProductionVariantManagedInstanceScaling {
    /// Turns managed scaling on or off.
    Status: ManagedInstanceScalingStatus

    /// Fewest instances to keep when traffic falls.
    MinInstanceCount: ManagedInstanceScalingMinInstanceCount

    /// Most instances to run when traffic rises.
    MaxInstanceCount: ManagedInstanceScalingMaxInstanceCount
}

/// On/off switch for managed instance scaling.
enum ManagedInstanceScalingStatus {
    /// Scaling is active.
    ENABLED = "ENABLED"
    /// Scaling is off.
    DISABLED = "DISABLED"
}

/// Lower bound on instances; zero is allowed.
@range(min: 0)
integer ManagedInstanceScalingMinInstanceCount

/// Upper bound on instances; at least one.
@range(min: 1)
integer ManagedInstanceScalingMaxInstanceCount

/// Request routing for one variant.
structure ProductionVariantRoutingConfig {
    /// The rule that picks the instance for each request.
    @required
    @clientOptional
    RoutingStrategy: RoutingStrategy
}

/// Ways of choosing which instance serves a request.
enum RoutingStrategy {
    /// Prefer the instance with the least work in flight.
    LEAST_OUTSTANDING_REQUESTS = "LEAST_OUTSTANDING_REQUESTS"
    /// Pick any instance at random.
    RANDOM = "RANDOM"
}

/// Machine images for inference instances, each with a fixed driver stack.
enum ProductionVariantInferenceAmiVersion {
    /// Amazon Linux 2 for NVIDIA GPUs, driver 535 and CUDA 12.2.
    AL2_GPU_2 = "al2-ami-sagemaker-inference-gpu-2"
    /// Like the gpu-2 image, but the NVIDIA Container Toolkit does not mount the CUDA compatibility
    /// libraries.
    AL2_GPU_2_1 = "al2-ami-sagemaker-inference-gpu-2-1"
    /// Amazon Linux 2 for NVIDIA GPUs, driver 550 and CUDA 12.4, without CUDA compatibility
    /// mounting.
    AL2_GPU_3_1 = "al2-ami-sagemaker-inference-gpu-3-1"
    /// Amazon Linux 2 for Inferentia2 and Trainium chips, Neuron driver 2.19.
    AL2_NEURON_2 = "al2-ami-sagemaker-inference-neuron-2"
}
