/// The step of AWS's outbound public-VIF policy that decides which VIFs carry the return traffic
/// to an agent source, in the order AWS applies them (`dx-routing-policies`, "Public virtual
/// interface routing policies"; Docs/Simulation.md §6).
public enum ReturnPathStep: String, Sendable, CaseIterable {
    /// One VIF, or one set of tied VIFs, reaches the Region: nothing to choose.
    case onlyPath = "only-path"
    /// Longest prefix match among the customer prefixes whose scope reaches the Region.
    case longestPrefix = "longest-prefix"
    /// The shorter AS_PATH, prepends included (ignored with a private customer ASN).
    case asPathLength = "as-path"
    /// At equal prefix and AS_PATH, the VIF whose location is associated with the Region.
    case homeRegion = "home-region"
}
