/// One row of the Amazon Connect CCP allow-list (Option 1, domains) as data, with
/// placeholders for the values of a particular instance — `connect-ccp-networking`
/// https://docs.aws.amazon.com/connect/latest/adminguide/ccp-networking.html
///
/// Placeholders are written `{region}`, `{instance}` (instance alias), `{bucket}`
/// (attachments bucket), `{instance-id}` and `{source-region}` (Global Resiliency).
public struct ConnectDomainPattern: Hashable, Sendable {
    /// A value the pattern needs before it can be rendered.
    public enum Placeholder: String, Hashable, Sendable, CaseIterable {
        case region
        case instance
        case bucket
        case instanceID = "instance-id"
        case sourceRegion = "source-region"
    }

    public enum TransportProtocol: String, Hashable, Sendable {
        case tcp
        case udp
    }

    public enum Direction: String, Hashable, Sendable {
        case outbound
        case inbound
    }

    /// When an allow-list needs the row.
    public enum Condition: String, Hashable, Sendable {
        /// Every CCP deployment.
        case always
        /// Only when chat/task attachments use an S3 bucket.
        case attachmentsBucket = "attachments-bucket"
        /// Only with Amazon Connect Global Resiliency.
        case globalResiliency = "global-resiliency"
        /// A domain AWS calls "old … that is going away"; still listed.
        case legacy
    }

    /// The domain with placeholders, e.g. `rtc*.connect-telecom.{region}.amazonaws.com`.
    public let pattern: String
    public let port: Int
    public let transport: TransportProtocol
    public let direction: Direction
    public let condition: Condition
    /// What the domain is for, as the source describes it.
    public let note: String

    public init(
        _ pattern: String, port: Int, transport: TransportProtocol, direction: Direction = .outbound,
        condition: Condition = .always, note: String
    ) {
        self.pattern = pattern
        self.port = port
        self.transport = transport
        self.direction = direction
        self.condition = condition
        self.note = note
    }

    /// The placeholders used in ``pattern``, in ``Placeholder`` declaration order.
    public var placeholders: [Placeholder] {
        Placeholder.allCases.filter { pattern.contains("{\($0.rawValue)}") }
    }

    /// The domain with every placeholder replaced, or nil when a needed value is missing.
    public func rendered(_ values: [Placeholder: String]) -> String? {
        var result = pattern
        for placeholder in placeholders {
            guard let value = values[placeholder] else { return nil }
            result = result.replacing("{\(placeholder.rawValue)}", with: value)
        }
        return result
    }
}
