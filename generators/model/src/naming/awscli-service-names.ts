// The AWS CLI names a service by botocore's folder for it (`aws logs`, `aws route53`). Most of
// those names are the SDK id (`aws.api#service`'s `sdkId`, botocore's `serviceId`) in lower case
// with its spaces as dashes (`Bedrock Runtime` → `bedrock-runtime`); the older services are named
// otherwise. This table lists those, so a Smithy model of one (which carries the SDK id, not the
// folder name) gets the AWS CLI's name too: its commands, and the packages generated from it.
// The facts are botocore 1.43.11's (all 424 services); `node scripts/sweep-models.mjs` checks the
// installed botocore against them. Two services share the SDK id `Pinpoint SMS Voice`
// (`pinpoint-sms-voice` and its older alias `sms-voice`): the SDK id names the first.

/** SDK id → the AWS CLI's name, for the services whose name is not the SDK id in kebab case. */
const LEGACY_SERVICE_NAMES: ReadonlyMap<string, string> = new Map([
  ["API Gateway", "apigateway"],
  ["App Mesh", "appmesh"],
  ["Application Auto Scaling", "application-autoscaling"],
  ["Application Discovery Service", "discovery"],
  ["Auto Scaling", "autoscaling"],
  ["Auto Scaling Plans", "autoscaling-plans"],
  ["CloudHSM V2", "cloudhsmv2"],
  ["CloudSearch Domain", "cloudsearchdomain"],
  ["CloudWatch Logs", "logs"],
  ["Cognito Identity Provider", "cognito-idp"],
  ["Config Service", "config"],
  ["Cost Explorer", "ce"],
  ["Cost and Usage Report Service", "cur"],
  ["Data Pipeline", "datapipeline"],
  ["Database Migration Service", "dms"],
  ["Device Farm", "devicefarm"],
  ["Direct Connect", "directconnect"],
  ["Directory Service", "ds"],
  ["Directory Service Data", "ds-data"],
  ["DynamoDB Streams", "dynamodbstreams"],
  ["Elastic Beanstalk", "elasticbeanstalk"],
  ["Elastic Load Balancing", "elb"],
  ["Elastic Load Balancing v2", "elbv2"],
  ["Elasticsearch Service", "es"],
  ["EventBridge", "events"],
  ["Global Accelerator", "globalaccelerator"],
  ["IoT Data Plane", "iot-data"],
  ["IoT Events", "iotevents"],
  ["IoT Events Data", "iotevents-data"],
  ["IoT Jobs Data Plane", "iot-jobs-data"],
  ["IoT Wireless", "iotwireless"],
  ["Kinesis Analytics", "kinesisanalytics"],
  ["Kinesis Analytics V2", "kinesisanalyticsv2"],
  ["Kinesis Video", "kinesisvideo"],
  ["Lex Model Building Service", "lex-models"],
  ["Lex Models V2", "lexv2-models"],
  ["Lex Runtime Service", "lex-runtime"],
  ["Lex Runtime V2", "lexv2-runtime"],
  ["Machine Learning", "machinelearning"],
  ["Marketplace Commerce Analytics", "marketplacecommerceanalytics"],
  ["Marketplace Entitlement Service", "marketplace-entitlement"],
  ["Marketplace Metering", "meteringmarketplace"],
  ["Migration Hub", "mgh"],
  ["Resource Groups Tagging API", "resourcegroupstaggingapi"],
  ["Route 53", "route53"],
  ["Route 53 Domains", "route53domains"],
  ["S3 Control", "s3control"],
  ["SFN", "stepfunctions"],
  ["Secrets Manager", "secretsmanager"],
  ["ServerlessApplicationRepository", "serverlessrepo"],
  ["Service Catalog", "servicecatalog"],
  ["Service Catalog AppRegistry", "servicecatalog-appregistry"],
  ["SimpleDB", "sdb"],
  ["Storage Gateway", "storagegateway"],
]);

/**
 * The AWS CLI's name for the service with this SDK id: the table's, else the SDK id in lower case
 * with each run of spaces as one dash.
 */
export function awsCliServiceName(sdkId: string): string {
  return LEGACY_SERVICE_NAMES.get(sdkId) ?? sdkId.toLowerCase().replace(/\s+/g, "-");
}
