/// The commands of CLI.md, dispatched by one exhaustive switch.
public enum Subcommand: String, CaseIterable, Sendable {
    case validate, simulate, explain, config, allowlist, report, ranges, rules

    public var spec: CommandSpec {
        switch self {
        case .validate: ValidateCommand.spec
        case .simulate: SimulateCommand.spec
        case .explain: ExplainCommand.spec
        case .config:
            CommandSpec(
                name: "config", usage: "dxplan config TOPOLOGY [--vendor V] [--router NAME]",
                summary: "Router configuration for the Direct Connect side of each router.",
                options: [
                    OptionSpec("--vendor", value: "V", help: "frr, bird, ios-xe, ios-xr, junos or eos (default: the router's)."),
                    OptionSpec("--router", value: "NAME", help: "Only this router."), .ipRanges, .output,
                ])
        case .allowlist:
            CommandSpec(
                name: "allowlist", usage: "dxplan allowlist TOPOLOGY [--option domains|ip-ranges] [--format text|csv|json|nftables]",
                summary: "Amazon Connect firewall allow-list for the instance's Region.",
                options: [
                    OptionSpec("--option", value: "OPTION", help: "domains (recommended) or ip-ranges."),
                    OptionSpec("--format", value: "FORMAT", help: "text, csv, json or nftables."), .ipRanges, .output,
                ])
        case .report: ReportCommand.spec
        case .ranges: RangesCommand.spec
        case .rules: RulesCommand.spec
        }
    }

    /// Runs the command; `arguments` excludes the command name.
    func run(_ arguments: [String], environment: [String: String], output: inout CommandOutput) throws(UsageError) {
        switch self {
        case .validate: try ValidateCommand.run(arguments, environment: environment, output: &output)
        case .ranges: try RangesCommand.run(arguments, environment: environment, output: &output)
        case .rules: try RulesCommand.run(arguments, output: &output)
        case .simulate: try SimulateCommand.run(arguments, environment: environment, output: &output)
        case .explain: try ExplainCommand.run(arguments, environment: environment, output: &output)
        case .report: try ReportCommand.run(arguments, environment: environment, output: &output)
        case .config, .allowlist:
            let parsed = try ParsedArguments.parse(arguments, options: spec.options)
            if parsed.flag("--help") {
                output.out(spec.help)
                return
            }
            output.err("Error: 'dxplan \(rawValue)' is not implemented yet\n")
            output.status = .usage
        }
    }
}
