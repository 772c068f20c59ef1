import DXCore

/// The commands of CLI.md, dispatched by one exhaustive switch.
public enum Subcommand: String, CaseIterable, Sendable {
    case validate, simulate, explain, config, allowlist, report, ranges, rules, locations

    public var spec: CommandSpec {
        switch self {
        case .validate: ValidateCommand.spec
        case .simulate: SimulateCommand.spec
        case .explain: ExplainCommand.spec
        case .config: ConfigCommand.spec
        case .allowlist: AllowListCommand.spec
        case .report: ReportCommand.spec
        case .ranges: RangesCommand.spec
        case .rules: RulesCommand.spec
        case .locations: LocationsCommand.spec
        }
    }

    /// Runs the command; `arguments` excludes the command name.
    func run(_ arguments: [String], environment: [String: String], output: inout CommandOutput) throws(UsageError) {
        switch self {
        case .validate: try ValidateCommand.run(arguments, environment: environment, output: &output)
        case .simulate: try SimulateCommand.run(arguments, environment: environment, output: &output)
        case .explain: try ExplainCommand.run(arguments, environment: environment, output: &output)
        case .config: try ConfigCommand.run(arguments, environment: environment, output: &output)
        case .allowlist: try AllowListCommand.run(arguments, environment: environment, output: &output)
        case .report: try ReportCommand.run(arguments, environment: environment, output: &output)
        case .ranges: try RangesCommand.run(arguments, environment: environment, output: &output)
        case .rules: try RulesCommand.run(arguments, output: &output)
        case .locations: try LocationsCommand.run(arguments, output: &output)
        }
    }
}
