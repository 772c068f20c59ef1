import DXAWS
import DXInput
import DXModel

/// One vendor-neutral allow-list rule: the AWS side (a domain or a prefix set), port range,
/// protocol, direction, what it is for, and the source of the rule — `connect-ccp-networking`
/// https://docs.aws.amazon.com/connect/latest/adminguide/ccp-networking.html
public struct AllowListRule: Hashable, Sendable {
    /// The AWS side of the flow: the destination of outbound traffic, the source of inbound.
    public enum Remote: Hashable, Sendable {
        /// A host name or wildcard pattern (Option 1).
        case domain(String)
        /// ip-ranges.json prefixes (Option 2 and stateless inbound rules).
        case prefixes(AllowListPrefixSet)
    }

    public var remote: Remote
    public var direction: ConnectDomainPattern.Direction
    public var transport: ConnectDomainPattern.TransportProtocol
    public var ports: ClosedRange<Int>
    public var purpose: String
    /// Extra remarks (URL paths, legacy status, fallbacks).
    public var notes: [String]
    public var citation: AllowListCitation

    public init(
        remote: Remote, direction: ConnectDomainPattern.Direction, transport: ConnectDomainPattern.TransportProtocol,
        ports: ClosedRange<Int>, purpose: String, notes: [String] = [], citation: AllowListCitation
    ) {
        self.remote = remote
        self.direction = direction
        self.transport = transport
        self.ports = ports
        self.purpose = purpose
        self.notes = notes
        self.citation = citation
    }

    /// `443` or `49152-65535`.
    public var portText: String {
        ports.count == 1 ? String(ports.lowerBound) : "\(ports.lowerBound)-\(ports.upperBound)"
    }

    /// `TCP` or `UDP`.
    public var protocolText: String { transport.rawValue.uppercased() }

    /// The prefix set, when the remote side is one.
    public var prefixSet: AllowListPrefixSet? {
        if case .prefixes(let set) = remote { return set }
        return nil
    }
}
