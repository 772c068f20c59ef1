import DXInput

/// One piece of advice printed with an allow-list (text and JSON; nftables only as comments),
/// with a stable id and its source — `connect-ccp-networking`
/// https://docs.aws.amazon.com/connect/latest/adminguide/ccp-networking.html
public struct AllowListAdvice: Hashable, Sendable {
    /// Stable kebab-case id, e.g. `ssl-inspection-cache`.
    public var id: String
    public var text: String
    public var citation: AllowListCitation

    public init(id: String, text: String, citation: AllowListCitation) {
        self.id = id
        self.text = text
        self.citation = citation
    }
}
