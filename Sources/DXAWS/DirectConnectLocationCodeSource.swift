import DXCore
import DXInput
import DXModel

/// A public source in which Direct Connect API location codes (the `location` field of
/// `CreateConnection`, `DescribeConnections`, `DescribeLocations` …) were seen. Each case names
/// its page by title and URL; Docs/Catalogs.md quotes what each one shows.
public enum DirectConnectLocationCodeSource: String, CaseIterable, Hashable, Sendable {
    /// AWS CLI examples for `aws directconnect`: `create-connection --location TIVIT` (sa-east-1),
    /// `create-lag --location CSVA1` (us-east-1), `associate-connection-with-lag` (`EqDC2`,
    /// us-east-1), `describe-locations` (`TNDB` "NAP do Brasil, Barueri, Sao Paulo", `TIVIT`).
    case awsCLIExamples = "aws-cli-examples"
    /// The Direct Connect API documentation of 2017 gives `Example: EqSV5` for `location`
    /// (`CreateLag`, as recorded by AWS API Changes).
    case directConnectAPIExample = "directconnect-api-2017"
    /// Terraform AWS provider, `aws_dx_connection` and `aws_dx_lag` examples: `location = "EqDC2"`.
    case terraformAWSProviderDocs = "terraform-aws-docs"
    /// Terraform AWS provider issue #15151: "EqSe2 location is now EqSe2-EQ or EqSe2-WBE".
    case terraformAWSProviderIssue15151 = "terraform-aws-15151"
    /// Terraform issue #28526: `describe-locations` in us-west-2 pasted with `EqSe2-EQ` and the
    /// names "Westin Building Exchange, Seattle, WA | Equinix, SE2, Seattle, WA".
    case terraformIssue28526 = "terraform-28526"
    /// Terraform AWS Cloud Control provider examples `awscc_directconnect_connection` and
    /// `awscc_directconnect_lag` (`location = "EqSe2-EQ"`), applied in us-west-2 (PR #3085).
    case terraformAWSCCExamples = "terraform-awscc-examples"
    /// "DX Location Details Table Generator": `aws directconnect describe-locations` run in every
    /// Region of the aws, aws-cn and EU Sovereign Cloud partitions (data of 2026-02-17). Its
    /// codes are written in capitals with the suffixes `-EQ`, `-WBE`, `-<n>FL`, `-MMR-…` removed;
    /// dxplan matches codes case-insensitively.
    case dxLocationDetails = "dx-location-details"

    /// The page's title.
    public var title: String {
        switch self {
        case .awsCLIExamples: "AWS CLI Command Reference, aws directconnect examples"
        case .directConnectAPIExample: "AWS API Changes: AWS Direct Connect, 2017-02-17 (\"Example: EqSV5\")"
        case .terraformAWSProviderDocs: "Terraform AWS provider: Resource aws_dx_connection"
        case .terraformAWSProviderIssue15151:
            "terraform-provider-aws issue #15151: EqSe2 location is now EqSe2-EQ or EqSe2-WBE"
        case .terraformIssue28526: "terraform issue #28526: Usage of \"location\" parameter in aws_dx_connection"
        case .terraformAWSCCExamples: "terraform-provider-awscc PR #3085: example for awscc_directconnect_connection"
        case .dxLocationDetails: "DX Location Details Table Generator (dx-location-details)"
        }
    }

    /// The page's address.
    public var url: String {
        switch self {
        case .awsCLIExamples: "https://github.com/aws/aws-cli/tree/develop/awscli/examples/directconnect"
        case .directConnectAPIExample: "https://awsapichanges.com/archive/changes/66038f-directconnect.html"
        case .terraformAWSProviderDocs:
            "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dx_connection"
        case .terraformAWSProviderIssue15151: "https://github.com/hashicorp/terraform-provider-aws/issues/15151"
        case .terraformIssue28526: "https://github.com/hashicorp/terraform/issues/28526"
        case .terraformAWSCCExamples: "https://github.com/hashicorp/terraform-provider-awscc/pull/3085"
        case .dxLocationDetails: "https://github.com/chriselsen/dx-location-details"
        }
    }
}
