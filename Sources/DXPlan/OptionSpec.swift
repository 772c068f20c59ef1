import DXInput

/// One option a command accepts.
public struct OptionSpec: Sendable {
    public var name: String
    /// Short alias such as `-o`.
    public var short: String?
    /// Placeholder of the value (`FILE`); nil for a flag.
    public var valueName: String?
    public var repeatable: Bool
    public var help: String
    /// The fixed values the option takes (`--format`, `--vendor`), for shell completion; empty
    /// when any value goes.
    public var values: [String]

    public init(
        _ name: String, short: String? = nil, value: String? = nil, repeatable: Bool = false, values: [String] = [],
        help: String
    ) {
        self.name = name
        self.short = short
        self.valueName = value
        self.repeatable = repeatable
        self.values = values
        self.help = help
    }

    /// Whether the value is a file path (`FILE`, `OLD_IP_RANGES`): shells complete file names.
    public var takesFile: Bool {
        guard let valueName, values.isEmpty else { return false }
        return valueName == "FILE" || valueName.hasSuffix("IP_RANGES")
    }

    /// `--format`, its help listing `Format`'s cases, the first being the default.
    static func format<Format: RawRepresentable & CaseIterable>(_ type: Format.Type) -> OptionSpec
    where Format.RawValue == String {
        var names = Format.allCases.map(\.rawValue)
        if !names.isEmpty { names[0] += " (default)" }
        return OptionSpec(
            "--format", value: "FORMAT", values: Format.allCases.map(\.rawValue),
            help: TopologyDecoder.alternatives(names) + ".")
    }

    static let help = OptionSpec("--help", short: "-h", help: "Show this help.")
    static let output = OptionSpec(
        "--output", short: "-o", value: "FILE", help: "Write to FILE (atomically) instead of standard output.")
    static let ipRanges = OptionSpec(
        "--ip-ranges", value: "FILE",
        help: "ip-ranges.json to use (default: $DXPLAN_IP_RANGES, else the embedded snapshot).")
}
