// Data capture: recording an endpoint's requests and responses to S3.

$version: "2.0"

namespace com.amazonaws.sagemaker

/// Recording of endpoint traffic to S3, the raw material for Model Monitor.
structure DataCaptureConfig {
    /// Master switch; capture is on when this is left out.
    EnableCapture: EnableCapture

    /// Share of requests to record, in percent.
    @required
    @clientOptional
    InitialSamplingPercentage: SamplingPercentage

    /// S3 prefix where the recorded traffic lands.
    @required
    @clientOptional
    DestinationS3Uri: DestinationS3Uri

    /// KMS key that encrypts the recorded traffic in S3.
    KmsKeyId: KmsKeyId

    /// Whether to record requests, responses, or both.
    @required
    @clientOptional
    CaptureOptions: CaptureOptionList

    /// Which content types are CSV or JSON, so they are stored as text rather than base64.
    CaptureContentTypeHeader: CaptureContentTypeHeader
}

/// Whether data capture is on.
boolean EnableCapture

/// A percentage from 0 to 100.
@range(min: 0, max: 100)
integer SamplingPercentage

/// Between one and 32 capture options.
@length(min: 1, max: 32)
list CaptureOptionList {
    /// One thing to capture.
    member: CaptureOption
}

/// One kind of payload to record.
structure CaptureOption {
    /// Which side of the exchange to record.
    @required
    @clientOptional
    CaptureMode: CaptureMode
}

/// The payloads that data capture can record.
enum CaptureMode {
    /// Requests only.
    INPUT = "Input"
    /// Responses only.
    OUTPUT = "Output"
    /// Requests and responses.
    INPUT_AND_OUTPUT = "InputAndOutput"
}

/// Content-type hints for data capture.
structure CaptureContentTypeHeader {
    /// Content types to store as CSV text.
    CsvContentTypes: CsvContentTypes

    /// Content types to store as JSON text.
    JsonContentTypes: JsonContentTypes
}

/// Up to ten content types treated as CSV.
@length(min: 1, max: 10)
list CsvContentTypes {
    /// One CSV content type.
    member: CsvContentType
}

/// A MIME type such as `text/csv`, treated as CSV.
@length(min: 1, max: 256)
@pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9])*\\/[a-zA-Z0-9](-*[a-zA-Z0-9.])*$")
string CsvContentType

/// Up to ten content types treated as JSON.
@length(min: 1, max: 10)
list JsonContentTypes {
    /// One JSON content type.
    member: JsonContentType
}

/// A MIME type such as `application/json`, treated as JSON.
@length(min: 1, max: 256)
@pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9])*\\/[a-zA-Z0-9](-*[a-zA-Z0-9.])*$")
string JsonContentType
