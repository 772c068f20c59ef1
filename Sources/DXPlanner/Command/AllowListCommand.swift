/// `dxplan allowlist TOPOLOGY [--option domains|ip-ranges] [--format text|csv|json|nftables]
/// [--ephemeral windows|linux|both] [--since OLD_IP_RANGES]` (CLI.md): the Amazon Connect
/// firewall allow-list for the instance's Region. The logic is ``AllowListPlanner``; this
/// file only reads arguments and picks a renderer.
enum AllowListCommand {
    static let formats = ["text", "csv", "json", "nftables"]

    static let spec = CommandSpec(
        name: "allowlist",
        usage: "dxplan allowlist TOPOLOGY [--option domains|ip-ranges] [--format text|csv|json|nftables] [--ephemeral windows|linux|both] [--since OLD_IP_RANGES]",
        summary: "Amazon Connect firewall allow-list for the instance's Region: Option 1 domains or Option 2 ip-ranges, inbound rules for stateless firewalls, advice.",
        options: [
            OptionSpec("--option", value: "OPTION", help: "domains (recommended) or ip-ranges (default: the topology's firewall.allow_list)."),
            OptionSpec("--format", value: "FORMAT", help: "text (default), csv, json or nftables."),
            OptionSpec("--ephemeral", value: "OS", help: "Agent ephemeral ports for stateless firewalls: windows, linux or both (default)."),
            OptionSpec("--since", value: "OLD_IP_RANGES", help: "List the prefixes added since this older ip-ranges.json, with the 30-day deadline."),
            .ipRanges, .output,
        ],
        details: "nftables matches addresses only: with the domains option it writes the ip-ranges equivalent and says so.\nExit status: 0 success, 2 unusable input, 64 usage error.")

    static func run(_ arguments: [String], environment: [String: String], output: inout CommandOutput) throws(UsageError) {
        guard let parsed = try spec.parse(arguments, output: &output) else { return }
        let path = try TopologyArgument.single(parsed)
        let format = try OutputFormat.choose(parsed.value("--format"), among: formats)
        let option = try choose(parsed.value("--option"), what: "allow-list option", FirewallSettings.AllowListStyle.self)
        let ephemeral = try choose(parsed.value("--ephemeral"), what: "--ephemeral value", AllowListEphemeral.self) ?? .both
        guard let topology = TopologyArgument.load(path, output: &output),
            let ranges = RangesArgument.load(parsed, environment: environment, output: &output)
        else { return }
        var old: AWSIPRanges?
        if let since = parsed.value("--since") {
            guard let loaded = RangesArgument.load(path: since, environment: [:], output: &output) else { return }
            old = loaded
        }
        let requested = option ?? topology.firewall.allowList
        // nftables cannot match names: the domains option becomes its ip-ranges equivalent.
        let domainsAsRanges = format == "nftables" && requested == .domains
        let list: AllowList
        do {
            list = try AllowListPlanner.plan(topology, ranges: ranges, options: .init(option: domainsAsRanges ? .ipRanges : option, ephemeral: ephemeral, since: old))
        } catch {
            output.err(error.description + "\n")
            output.status = .unusableInput
            return
        }
        let text: String
        switch format {
        case "csv": text = AllowListCSV.render(list)
        case "json": text = AllowListJSON.value(list).serialized
        case "nftables": text = AllowListNftables.render(list, domainsRequested: domainsAsRanges)
        default: text = AllowListText.render(list)
        }
        OutputDestination.emit(text, to: parsed.value("--output"), output: &output)
    }

    /// A value of `Choice`, nil when the option is absent; an unknown value is a usage error.
    static func choose<Choice: RawRepresentable & CaseIterable>(_ value: String?, what: String, _ type: Choice.Type) throws(UsageError) -> Choice? where Choice.RawValue == String {
        guard let value else { return nil }
        guard let choice = Choice(rawValue: value) else {
            throw UsageError("Unknown \(what) \(MessageValue.quoted(value)) (expected \(TopologyDecoder.alternatives(Choice.allCases.map(\.rawValue))))")
        }
        return choice
    }
}
