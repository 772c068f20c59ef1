/// How the port is provisioned: a dedicated port from AWS, or a hosted connection from a partner.
///
/// Sources: `dx-dedicated-connections`, `dx-hosted-connections` (Docs/Sources.md).
public enum ConnectionType: String, CaseIterable, Sendable {
    case dedicated
    case hosted
}
