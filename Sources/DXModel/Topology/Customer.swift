import DXCore

/// The customer network: its AS and the public prefixes it owns (Docs/TopologyFormat.md `customer`).
public struct Customer: Equatable, Sendable {
    public var asn: Located<ASN>
    public var prefixes: [Located<IPPrefix>]
    public var location: SourceLocation

    package init(asn: Located<ASN>, prefixes: [Located<IPPrefix>], location: SourceLocation) {
        self.asn = asn
        self.prefixes = prefixes
        self.location = location
    }
}
