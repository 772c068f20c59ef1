import DXModel

/// A part of a destination range that takes one path; a more-specific route splits a range.
public struct Segment: Hashable, Sendable {
    public var prefix: IPPrefix
    public var decision: PathDecision
    /// For Direct Connect segments: VIFs that carry the traffic but do not advertise the agents'
    /// source prefix, so Direct Connect drops it (AWS DX routing policies, inbound packet filtering).
    public var sourceFilteredOn: [String]

    /// Direct Connect and not dropped by the source filter.
    public var isDirectConnectDelivered: Bool { decision.kind == .directConnect && sourceFilteredOn.isEmpty }
}
