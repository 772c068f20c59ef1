import DXAWS
import DXCore
import DXInput
import DXModel
import DXPlanning
import DXRendering

/// `dxplan allowlist TOPOLOGY [--option domains|ip-ranges] [--format text|csv|json|nftables]
/// [--ephemeral windows|linux|both] [--since OLD_IP_RANGES]` (Docs/AllowList.md): the Amazon Connect
/// firewall allow-list for the instance's Region. The logic is ``AllowListPlanner``; this
/// file only reads arguments and picks a renderer.
enum AllowListCommand: Subcommand {
    static let option = OptionSpec(
        "--option", value: "OPTION", values: FirewallSettings.AllowListStyle.allCases.map(\.rawValue),
        help: "domains (recommended) or ip-ranges (default: the topology's firewall.allow_list).")
    static let ephemeral = OptionSpec(
        "--ephemeral", value: "OS", values: AllowListEphemeral.allCases.map(\.rawValue),
        help: "Agent ephemeral ports for stateless firewalls: windows, linux or both (default).")
    static let since = OptionSpec(
        "--since", value: "OLD_IP_RANGES",
        help: "List the prefixes added since this older ip-ranges.json, with the 30-day deadline.")

    static let spec = CommandSpec(
        name: "allowlist", abstract: "Amazon Connect firewall allow-list",
        usage:
            "dxplan allowlist TOPOLOGY [--option domains|ip-ranges] [--format text|csv|json|nftables] [--ephemeral windows|linux|both] [--since OLD_IP_RANGES]",
        summary:
            "Amazon Connect firewall allow-list for the instance's Region: Option 1 domains or Option 2 ip-ranges, inbound rules for stateless firewalls, advice.",
        options: [option, .format(AllowListFormat.self), ephemeral, since, .ipRanges, .output],
        details:
            "nftables matches addresses only: with the domains option it writes the ip-ranges equivalent and says so.\nExit status: 0 success, 2 unusable input, 64 usage error."
    )

    static func run(_ options: AllowListOptions, context: inout CommandContext) throws(UsageError) {
        guard let topology = TopologyArgument.load(options.topology, output: &context.output),
            let ranges = RangesArgument.load(
                path: options.ipRanges, environment: context.environment, output: &context.output)
        else { return }
        var old: AWSIPRanges?
        if let since = options.since {
            guard let loaded = RangesArgument.load(path: since, environment: [:], output: &context.output)
            else { return }
            old = loaded
        }
        let requested = options.option ?? topology.firewall.allowList
        // nftables cannot match names: the domains option becomes its ip-ranges equivalent.
        let domainsAsRanges = options.format == .nftables && requested == .domains
        let planning = AllowListPlanner.Options(
            option: domainsAsRanges ? .ipRanges : options.option, ephemeral: options.ephemeral, since: old)
        let list: AllowList
        do {
            list = try AllowListPlanner.plan(topology, ranges: ranges, options: planning)
        } catch {
            context.output.err(error.description + "\n")
            context.output.status = .unusableInput
            return
        }
        let text: String
        switch options.format {
        case .text: text = AllowListText.render(list)
        case .csv: text = AllowListCSV.render(list)
        case .json: text = AllowListJSON.value(list).serialized
        case .nftables: text = AllowListNftables.render(list, domainsRequested: domainsAsRanges)
        }
        OutputDestination.emit(text, to: options.output, output: &context.output)
    }
}
