/// The bandwidth of a Direct Connect port or hosted connection, such as `10Gbps` or `500Mbps`.
///
/// Parsing is strict: a positive decimal integer without sign or leading zero, directly
/// followed by the unit `Mbps` or `Gbps` (unit case-insensitive). `1.5Gbps`, `10G` and
/// `10 Gbps` are rejected. Printing is canonical: whole gigabits print as `Gbps`
/// (`1000Mbps` prints as `1Gbps`), everything else as `Mbps`.
/// Speeds as written in the AWS docs — `dx-dedicated-connections`, `dx-hosted-connections`
/// https://docs.aws.amazon.com/directconnect/latest/UserGuide/dedicated_connection.html
public struct PortSpeed: Hashable, Comparable, Sendable, LosslessStringConvertible {
    public let megabitsPerSecond: Int

    public init(megabitsPerSecond: Int) {
        precondition(megabitsPerSecond > 0, "a port speed is positive")
        self.megabitsPerSecond = megabitsPerSecond
    }

    /// A speed in megabits per second, e.g. `.mbps(500)`.
    public static func mbps(_ value: Int) -> PortSpeed { PortSpeed(megabitsPerSecond: value) }

    /// A speed in gigabits per second, e.g. `.gbps(10)`.
    public static func gbps(_ value: Int) -> PortSpeed { PortSpeed(megabitsPerSecond: value * 1000) }

    /// Parses `<integer>Mbps` or `<integer>Gbps`; returns nil for anything else.
    public init?(_ description: String) {
        let scalars = Array(description.unicodeScalars)
        guard scalars.count > 4 else { return nil }
        let unit = String(String.UnicodeScalarView(scalars.suffix(4))).lowercased()
        let digits = scalars.dropLast(4)
        let multiplier: Int
        switch unit {
        case "mbps": multiplier = 1
        case "gbps": multiplier = 1000
        default: return nil
        }
        guard let first = digits.first, first != "0",
            digits.allSatisfy({ ("0"..."9").contains($0) }),
            let number = Int(String(String.UnicodeScalarView(digits)))
        else { return nil }
        let (value, overflow) = number.multipliedReportingOverflow(by: multiplier)
        guard !overflow else { return nil }
        self.megabitsPerSecond = value
    }

    /// Whole gigabits per second, or nil when the speed is not a whole number of Gbps.
    public var gigabitsPerSecond: Int? {
        megabitsPerSecond % 1000 == 0 ? megabitsPerSecond / 1000 : nil
    }

    /// Canonical spelling: `10Gbps`, `500Mbps`.
    public var description: String {
        if let gigabits = gigabitsPerSecond { return "\(gigabits)Gbps" }
        return "\(megabitsPerSecond)Mbps"
    }

    public static func < (lhs: PortSpeed, rhs: PortSpeed) -> Bool {
        lhs.megabitsPerSecond < rhs.megabitsPerSecond
    }
}
