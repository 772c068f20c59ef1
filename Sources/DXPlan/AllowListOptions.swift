import DXCore
import DXModel
import DXPlanning

/// `dxplan allowlist TOPOLOGY [--option domains|ip-ranges] [--format text|csv|json|nftables]
/// [--ephemeral windows|linux|both] [--since OLD_IP_RANGES]`.
struct AllowListOptions: CommandOptions {
    var topology: String
    var format = AllowListFormat.text
    /// The topology's `firewall.allow_list` when nil.
    var option: FirewallSettings.AllowListStyle?
    var ephemeral = AllowListEphemeral.both
    /// An older ip-ranges.json whose added prefixes are listed.
    var since: String?
    var ipRanges: String?
    var output: String?
}

extension AllowListOptions {
    init(parsing arguments: ParsedArguments) throws(UsageError) {
        topology = try arguments.positionals(named: ["TOPOLOGY"])[0]
        format = try arguments.format(AllowListFormat.self)
        option = try arguments.choice(AllowListCommand.option, what: "allow-list option")
        ephemeral = try arguments.choice(AllowListCommand.ephemeral, what: "--ephemeral value") ?? .both
        since = arguments.value(AllowListCommand.since)
        ipRanges = arguments.value(.ipRanges)
        output = arguments.value(.output)
    }
}
