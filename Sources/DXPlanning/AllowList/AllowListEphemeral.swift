import DXAWS

/// Which agent operating systems' ephemeral UDP ports a stateless firewall opens for return
/// media from AMAZON_CONNECT ranges (`--ephemeral`): Windows 49152–65535, Linux 32768–61000 —
/// `connect-ccp-networking` https://docs.aws.amazon.com/connect/latest/adminguide/ccp-networking.html
public enum AllowListEphemeral: String, CaseIterable, Sendable {
    case windows
    case linux
    case both

    /// The (operating system, port range) pairs, Windows first.
    public var portRanges: [(system: String, ports: ClosedRange<Int>)] {
        switch self {
        case .windows: [("Windows", ConnectEndpoints.windowsEphemeralPorts)]
        case .linux: [("Linux", ConnectEndpoints.linuxEphemeralPorts)]
        case .both:
            [("Windows", ConnectEndpoints.windowsEphemeralPorts), ("Linux", ConnectEndpoints.linuxEphemeralPorts)]
        }
    }
}
