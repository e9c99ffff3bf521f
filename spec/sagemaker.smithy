// The SageMaker service shape, limited to the operations ShapeKit generates.

$version: "2.0"

namespace com.amazonaws.sagemaker

/// The SageMaker API, cut down to the one operation ShapeKit generates code for.
service SageMaker {
    version: "2017-07-24"
    operations: [
        CreateEndpointConfig
    ]
}
