import DXModel

extension DirectConnectRules {
    /// The port speeds AWS offers for a connection type (`dx-dedicated-connections`, `dx-hosted-connections`).
    public static func speeds(for type: ConnectionType) -> [PortSpeed] {
        switch type {
        case .dedicated: dedicatedSpeeds
        case .hosted: hostedSpeeds
        }
    }
}
