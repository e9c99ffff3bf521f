// Asynchronous inference: queued requests, results in S3, notifications through SNS.

$version: "2.0"

namespace com.amazonaws.sagemaker

/// Settings for an endpoint that queues requests and answers them later.
structure AsyncInferenceConfig {
    /// How SageMaker feeds queued requests to the container.
    ClientConfig: AsyncInferenceClientConfig

    /// Where results and failures are written, and who hears about them.
    @required
    @clientOptional
    OutputConfig: AsyncInferenceOutputConfig
}

/// SageMaker's internal client for asynchronous requests.
structure AsyncInferenceClientConfig {
    /// Requests handed to each instance's container at once; SageMaker picks a value when left out.
    MaxConcurrentInvocationsPerInstance: MaxConcurrentInvocationsPerInstance
}

/// Per-instance concurrency, from 1 to 1000.
@range(min: 1, max: 1000)
integer MaxConcurrentInvocationsPerInstance

/// Destinations for asynchronous results.
structure AsyncInferenceOutputConfig {
    /// KMS key that encrypts the results stored in S3.
    KmsKeyId: KmsKeyId

    /// S3 location for responses of successful requests.
    S3OutputPath: DestinationS3Uri

    /// SNS topics to notify when a request finishes.
    NotificationConfig: AsyncInferenceNotificationConfig

    /// S3 location for responses of failed requests.
    S3FailurePath: DestinationS3Uri
}

/// SNS notifications about finished asynchronous requests.
structure AsyncInferenceNotificationConfig {
    /// Topic told about successes; nobody is told when it is left out.
    SuccessTopic: SnsTopicArn

    /// Topic told about failures; nobody is told when it is left out.
    ErrorTopic: SnsTopicArn

    /// Topics whose messages also carry the response itself, as long as it is small (128 KB or
    /// less).
    IncludeInferenceResponseIn: AsyncNotificationTopicTypeList
}

/// ARN of an SNS topic.
@length(min: 0, max: 2048)
@pattern("^arn:aws[a-z\\-]*:sns:[a-z0-9\\-]*:[0-9]{12}:[a-zA-Z0-9_.-]+$")
string SnsTopicArn

/// Zero, one or both notification topics.
@length(min: 0, max: 2)
list AsyncNotificationTopicTypeList {
    /// One notification topic.
    member: AsyncNotificationTopicTypes
}

/// Names the success or the error notification topic.
enum AsyncNotificationTopicTypes {
    /// The topic for successes.
    SUCCESS_NOTIFICATION_TOPIC = "SUCCESS_NOTIFICATION_TOPIC"
    /// The topic for failures.
    ERROR_NOTIFICATION_TOPIC = "ERROR_NOTIFICATION_TOPIC"
}
