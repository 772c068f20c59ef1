import DXCore

/// The Amazon Connect instance whose traffic must cross Direct Connect (Docs/TopologyFormat.md `connect`).
public struct ConnectInstance: Equatable, Sendable {
    /// Instance alias, used for `<alias>.my.connect.aws` in allow-lists.
    public var instance: Located<String>?
    public var region: Located<String>
    /// false = desk phones: no softphone media to AWS.
    public var softphone: Bool
    /// true = custom CCP without media (Streams API): signaling only.
    public var mediaLessCCP: Bool
    /// Source prefixes of agent traffic after NAT; defaults to all customer prefixes.
    public var agentSource: [Located<IPPrefix>]
    /// Where `agent_source` is written; nil when it defaults to the customer prefixes.
    public var agentSourceLocation: SourceLocation?
    public var agents: Located<Int>?
    /// Bandwidth of one call in kbit/s per direction (`call_kbps`); nil: the default of the capacity check.
    public var callKbps: Located<Int>?
    public var shiftHours: Located<Int>?
    public var attachmentsBucket: Located<String>?
    public var location: SourceLocation

    /// Whether softphone media flows to AWS at all.
    public var carriesMedia: Bool { softphone && !mediaLessCCP }

    package init(
        instance: Located<String>? = nil,
        region: Located<String>,
        softphone: Bool,
        mediaLessCCP: Bool,
        agentSource: [Located<IPPrefix>],
        agentSourceLocation: SourceLocation? = nil,
        agents: Located<Int>? = nil,
        callKbps: Located<Int>? = nil,
        shiftHours: Located<Int>? = nil,
        attachmentsBucket: Located<String>? = nil,
        location: SourceLocation
    ) {
        self.instance = instance
        self.region = region
        self.softphone = softphone
        self.mediaLessCCP = mediaLessCCP
        self.agentSource = agentSource
        self.agentSourceLocation = agentSourceLocation
        self.agents = agents
        self.callKbps = callKbps
        self.shiftHours = shiftHours
        self.attachmentsBucket = attachmentsBucket
        self.location = location
    }
}
