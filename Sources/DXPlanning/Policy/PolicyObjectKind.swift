import DXModel

/// The kinds of named policy objects a configuration defines; each has its own namespace except
/// in BIRD, where every name is a symbol of one namespace.
public enum PolicyObjectKind: Hashable, Sendable {
    case routePolicy
    case prefixSet
    case communitySet
    case bgpGroup

    /// The object's name in `vendor`'s own words, for findings.
    public func displayName(_ vendor: Vendor) -> String {
        switch (self, vendor) {
        case (.routePolicy, .iosXR): "route-policy"
        case (.routePolicy, .junos): "policy-statement"
        case (.routePolicy, .bird): "filter"
        case (.routePolicy, _): "route-map"
        case (.prefixSet, .iosXR): "prefix-set"
        case (.prefixSet, .junos): "route-filter-list"
        case (.prefixSet, .bird): "prefix set"
        case (.prefixSet, _): "prefix-list"
        case (.communitySet, .iosXR): "community-set"
        case (.communitySet, .junos): "community"
        case (.communitySet, .bird): "community set"
        case (.communitySet, _): "community-list"
        case (.bgpGroup, .junos): "BGP group"
        case (.bgpGroup, _): "BGP peer group"
        }
    }
}
