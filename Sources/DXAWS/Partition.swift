/// An AWS partition: a separate set of Regions with its own accounts and endpoints.
///
/// Partition of each Region follows its code prefix (standard AWS naming; the DX locations
/// table lists GovCloud, EU Sovereign Cloud and China locations separately — `dx-locations`
/// https://docs.aws.amazon.com/directconnect/latest/UserGuide/remote_regions.html).
public enum Partition: String, Sendable, CaseIterable {
    /// Commercial Regions.
    case aws
    /// AWS GovCloud (US): `us-gov-*`.
    case awsUsGov = "aws-us-gov"
    /// China Regions (Beijing, Ningxia): `cn-*`.
    case awsCn = "aws-cn"
    /// AWS European Sovereign Cloud: `eusc-*`.
    case awsEusc = "aws-eusc"
}
