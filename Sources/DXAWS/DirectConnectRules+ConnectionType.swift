import DXModel

extension DirectConnectRules {
    /// The port speeds AWS offers for a connection type (FACTS.md §3.1).
    public static func speeds(for type: ConnectionType) -> [PortSpeed] {
        switch type {
        case .dedicated: dedicatedSpeeds
        case .hosted: hostedSpeeds
        }
    }
}
