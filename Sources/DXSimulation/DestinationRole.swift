/// Why an Amazon Connect range matters, from the CCP networking page's Option 2 table
/// (`connect-ccp-networking`, Option 2; Docs/Simulation.md §5).
public enum DestinationRole: String, Sendable, CaseIterable, Comparable {
    /// AMAZON_CONNECT of the instance Region: softphone media (TURN, 3478/UDP). In the verdict.
    case media
    /// EC2 of the instance Region: signaling (443/TCP). In the verdict.
    case signaling
    /// The rest of the GLOBAL AMAZON_CONNECT /19: reported as a share.
    case globalConnect = "global-connect"
    /// CLOUDFRONT: CCP static content; reported as a share.
    case cloudFront = "cloudfront"

    /// Whether the forward verdict requires this role over Direct Connect (Docs/Simulation.md §7).
    public var isInVerdict: Bool { self == .media || self == .signaling }

    public static func < (lhs: DestinationRole, rhs: DestinationRole) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
