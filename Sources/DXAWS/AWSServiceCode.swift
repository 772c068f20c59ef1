/// Service codes of ip-ranges.json (AWS VPC User Guide, "Syntax for AWS IP address range JSON",
/// https://docs.aws.amazon.com/vpc/latest/userguide/aws-ip-syntax.html; `aws-ip-ranges-syntax`).
public enum AWSServiceCode {
    public static let amazon = "AMAZON"
    public static let amazonConnect = "AMAZON_CONNECT"
    public static let ec2 = "EC2"
    public static let cloudFront = "CLOUDFRONT"

    /// The codes the documentation lists, plus `EFS`, seen in the 2026-08-22 file.
    public static let known: [String] = [
        "AMAZON", "AMAZON_APPFLOW", "AMAZON_CONNECT", "API_GATEWAY", "AURORA_DSQL", "CHIME_MEETINGS",
        "CHIME_VOICECONNECTOR", "CLOUD9", "CLOUDFRONT", "CLOUDFRONT_ORIGIN_FACING", "CODEBUILD", "DYNAMODB",
        "EBS", "EC2", "EC2_INSTANCE_CONNECT", "EFS", "GLOBALACCELERATOR", "IVS_LOW_LATENCY", "IVS_REALTIME",
        "KINESIS_VIDEO_STREAMS", "MEDIA_PACKAGE_V2", "ROUTE53", "ROUTE53_HEALTHCHECKS",
        "ROUTE53_HEALTHCHECKS_PUBLISHING", "ROUTE53_RESOLVER", "S3", "WORKSPACES_GATEWAYS",
    ]
}
