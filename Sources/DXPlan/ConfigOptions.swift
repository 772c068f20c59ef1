import DXCore
import DXModel
import DXRendering

/// `dxplan config TOPOLOGY [--vendor V] [--router NAME] [--ip-ranges FILE] [-o FILE]`.
struct ConfigOptions: CommandOptions {
    var topology: String
    /// Every router's own vendor when nil.
    var vendor: Vendor?
    /// Only this router (checked against the topology when it is loaded).
    var router: String?
    var ipRanges: String?
    var output: String?
}

extension ConfigOptions {
    init(parsing arguments: ParsedArguments) throws(UsageError) {
        topology = try arguments.positionals(named: ["TOPOLOGY"])[0]
        vendor = try Self.vendor(arguments.value(ConfigCommand.vendor))
        router = arguments.value(ConfigCommand.router)
        ipRanges = arguments.value(.ipRanges)
        output = arguments.value(.output)
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
}
