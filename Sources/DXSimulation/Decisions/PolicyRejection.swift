import DXModel

/// Why an import policy rejects a candidate route: a public VIF's inbound policy (`accept`,
/// `accept_services`; `dx-routing-policies`) or an ISP session's `reject_aws_prefixes` filter.
/// The facts only; ``description`` (DecisionText.swift) spells them.
public enum PolicyRejection: Hashable, Sendable {
    /// The VIF's `accept` does not list the scope AWS tagged the prefix with (its community, or
    /// none for untagged routes).
    case scopeNotAccepted(virtualInterface: String, accepted: [AcceptScope], scope: AcceptScope)
    /// The VIF's `accept_services` lists none of the prefix's ip-ranges services.
    case serviceNotListed(virtualInterface: String, services: [String])
    /// `reject_aws_prefixes` of the ISP uplink: the route is equal to or inside a prefix AWS
    /// advertises on the public VIFs (the longest such prefix, when the AWS set has one).
    case awsPrefixFromISP(uplink: String, awsPrefix: IPPrefix?)

    /// The community of the rejected scope: nil for untagged routes or another kind of rejection.
    public var community: BGPCommunity? {
        guard case .scopeNotAccepted(_, _, let scope) = self else { return nil }
        return scope.community
    }
}
