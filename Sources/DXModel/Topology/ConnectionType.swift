/// How the port is provisioned: a dedicated port from AWS, or a hosted connection from a partner.
///
/// Source: AWS DX User Guide, "Dedicated connections" and "Hosted connections" (FACTS.md §3.1).
public enum ConnectionType: String, CaseIterable, Sendable {
    case dedicated
    case hosted
}
