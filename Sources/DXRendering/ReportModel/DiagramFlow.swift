/// A traffic path drawn over the topology diagram: the boxes one VIF's traffic crosses, from the
/// customer router to the Amazon Connect Region (Docs/Report.md).
public struct DiagramFlow: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        /// Media and signaling to the Connect ranges, on the customer's best path.
        case forward
        /// The VIFs AWS sends the answers to the agents on (`returnPath[].preferred`).
        case returnPrimary = "return-primary"
        /// Where AWS fails over (`returnPath[].backup`).
        case returnBackup = "return-backup"

        /// The legend's words.
        public var label: String {
            switch self {
            case .forward: "Forward: media and signaling to the Amazon Connect ranges"
            case .returnPrimary: "Return, primary: the VIFs AWS sends to the agents on"
            case .returnBackup: "Return, backup: where AWS fails over"
            }
        }
    }

    public var kind: Kind
    /// The VIF the flow uses.
    public var virtualInterface: String
    /// Node ids in order: router, connection or LAG, location, home Region, then the Connect
    /// Region when it is another.
    public var nodes: [String]

    public init(kind: Kind, virtualInterface: String, nodes: [String]) {
        self.kind = kind
        self.virtualInterface = virtualInterface
        self.nodes = nodes
    }
}
