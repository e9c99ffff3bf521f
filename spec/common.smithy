// Shapes that many SageMaker operations share: primitives, KMS keys, S3 locations, IAM roles, tags
// and VPC settings.

$version: "2.0"

namespace com.amazonaws.sagemaker

/// A plain true/false flag, shared by many SageMaker operations.
boolean Boolean

/// A reference to a KMS key: its id, its ARN, an alias name or an alias ARN.
@length(min: 0, max: 2048)
@pattern("^[a-zA-Z0-9:/_-]*$")
string KmsKeyId

/// An `s3://` or `https://` location of at most 512 characters.
@length(min: 0, max: 512)
@pattern("^(https|s3)://([^/])/?(.*)$")
string DestinationS3Uri

/// An `s3://` or `https://` URL of at most 1024 characters.
@length(min: 0, max: 1024)
@pattern("^(https|s3)://([^/]+)/?(.*)$")
string Url

/// Identifies an IAM role by its ARN.
@length(min: 20, max: 2048)
@pattern("^arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$")
string RoleArn

/// At most 50 tags.
@length(min: 0, max: 50)
list TagList {
    /// One tag.
    member: Tag
}

/// A key/value label on an AWS resource.
structure Tag {
    /// Name of the tag; a resource cannot carry the same key twice.
    @required
    @clientOptional
    Key: TagKey

    /// Value of the tag; may be empty.
    @required
    @clientOptional
    Value: TagValue
}

/// Tag name: 1 to 128 Unicode letters, digits, spaces or any of `_.:/=+-@`.
@length(min: 1, max: 128)
@pattern("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$")
string TagKey

/// Tag value: up to 256 characters from the same set as a tag name.
@length(min: 0, max: 256)
@pattern("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$")
string TagValue

/// Subnets and security groups that attach containers to a VPC.
structure VpcConfig {
    /// Security groups applied to the containers' network interfaces.
    @required
    @clientOptional
    SecurityGroupIds: VpcSecurityGroupIds

    /// Subnets the containers are placed in.
    @required
    @clientOptional
    Subnets: Subnets
}

/// One to five security group ids.
@length(min: 1, max: 5)
list VpcSecurityGroupIds {
    /// One security group id.
    member: SecurityGroupId
}

/// A security group id such as `sg-0a1b2c3d`.
@length(min: 0, max: 32)
@pattern("^[-0-9a-zA-Z]+$")
string SecurityGroupId

/// One to 16 subnet ids.
@length(min: 1, max: 16)
list Subnets {
    /// One subnet id.
    member: SubnetId
}

/// A subnet id such as `subnet-0a1b2c3d`.
@length(min: 0, max: 32)
@pattern("^[-0-9a-zA-Z]+$")
string SubnetId
