import DXCore
import DXInput
import DXModel
import DXRendering

/// `dxplan config TOPOLOGY [--vendor V] [--router NAME] [--interface OLD=NEW]... [--force]
/// [--ip-ranges FILE] [-o FILE | --output-dir DIR]`.
struct ConfigOptions: CommandOptions {
    var topology: String
    /// Every router's own vendor when nil.
    var vendor: Vendor?
    /// Only this router (checked against the topology when it is loaded).
    var router: String?
    /// `--interface OLD=NEW`, in order (each OLD is checked against the topology when it is loaded).
    var interfaces: [InterfaceMapping] = []
    /// Render even when there are error findings (the output says so, the exit status stays 1).
    var force = false
    var ipRanges: String?
    var output: String?
    /// `--output-dir DIR`: one `DIR/<router>.conf` per router.
    var outputDirectory: String?
}

extension ConfigOptions {
    init(parsing arguments: ParsedArguments) throws(UsageError) {
        topology = try arguments.positionals(named: ["TOPOLOGY"])[0]
        vendor = try Self.vendor(arguments.value(ConfigCommand.vendor))
        router = arguments.value(ConfigCommand.router)
        interfaces = try Self.interfaceMappings(arguments.values(ConfigCommand.interface))
        force = arguments.flag(ConfigCommand.force)
        ipRanges = arguments.value(.ipRanges)
        output = arguments.value(.output)
        outputDirectory = arguments.value(ConfigCommand.outputDirectory)
        if output != nil && outputDirectory != nil {
            throw UsageError(.conflictingOptions, "-o and --output-dir cannot be used together")
        }
    }

    /// The `--vendor` value; an unknown one is a usage error with a suggestion and every vendor.
    static func vendor(_ text: String?) throws(UsageError) -> Vendor? {
        guard let text else { return nil }
        if let vendor = Vendor(rawValue: text) { return vendor }
        let names = Vendor.allCases.map(\.rawValue)
        var message = "Unknown vendor '\(ConfigText.comment(text))'"
        if let suggestion = Suggestion.closest(to: text, among: names) { message += " (did you mean '\(suggestion)'?)" }
        throw UsageError(.unknownValue, message + "; expected one of " + names.joined(separator: ", "))
    }

    /// `OLD=NEW` pairs: both sides interface names as the topology allows them
    /// (`ValueParsers.interfaceName`), so a new name cannot carry anything into a configuration;
    /// one mapping per OLD.
    static func interfaceMappings(_ values: [String]) throws(UsageError) -> [InterfaceMapping] {
        var result: [InterfaceMapping] = []
        for value in values {
            let parts = value.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2, case .success = ValueParsers.interfaceName(parts[0]),
                case .success = ValueParsers.interfaceName(parts[1])
            else {
                throw UsageError(
                    .invalidOptionValue,
                    "--interface \(MessageValue.quoted(value)) is not OLD=NEW (expected two interface names of letters, digits and '-', '_', '.', '/', ':', e.g. ens1f0=TenGigabitEthernet0/0/0)"
                )
            }
            guard !result.contains(where: { $0.old == parts[0] }) else {
                throw UsageError(.repeatedOption, "--interface maps \(MessageValue.quoted(parts[0])) more than once")
            }
            result.append(InterfaceMapping(old: parts[0], new: parts[1]))
        }
        return result
    }
}
