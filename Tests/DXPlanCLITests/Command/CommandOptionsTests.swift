import DXTestSupport
import Foundation
import Testing

@testable import DXAWS
@testable import DXCore
@testable import DXModel
@testable import DXPlan
@testable import DXPlanning

/// Each command's one parse, table-driven: argv → typed options, or the usage error's code.
@Suite struct CommandOptionsTests {
    static func parse<Command: Subcommand>(
        _ command: Command.Type, _ argv: [String]
    ) -> Result<Command.Options, UsageError> {
        Result { () throws(UsageError) in try command.options(argv) }
    }

    static func usage<Options>(_ code: UsageError.Code) -> Result<Options, UsageError> {
        .failure(UsageError(code, ""))
    }

    static func prefix(_ text: String) -> IPPrefix { IPPrefix(text)! }

    @Test(
        arguments: [
            (["a.yaml"], .success(ValidateOptions(topology: "a.yaml"))),
            (["--", "-a.yaml"], .success(ValidateOptions(topology: "-a.yaml"))),
            ([], usage(.missingArgument)),
            (["a.yaml", "b.yaml"], usage(.unexpectedArgument)),
            (["a.yaml", "--format", "json"], .success(ValidateOptions(topology: "a.yaml", format: .json))),
            (
                ["a.yaml", "--format=sarif", "-o", "a.sarif"],
                .success(ValidateOptions(topology: "a.yaml", format: .sarif, output: "a.sarif"))
            ),
            (["a.yaml", "--format", "xml"], usage(.unknownValue)),
            (["a.yaml", "--vendor", "frr"], usage(.unknownOption)),
        ] as [([String], Result<ValidateOptions, UsageError>)])
    func validate(argv: [String], expected: Result<ValidateOptions, UsageError>) {
        #expect(Self.parse(ValidateCommand.self, argv) == expected)
    }

    @Test(
        arguments: [
            (["t.yaml"], .success(SimulateOptions(topology: "t.yaml"))),
            (
                [
                    "t.yaml", "--fail", "dx-1", "--fail=pub-2", "--each-failure", "--routes", "--format", "json",
                    "--ip-ranges", "r.json", "-o", "out.json",
                ],
                .success(
                    SimulateOptions(
                        topology: "t.yaml", failures: ["dx-1", "pub-2"], eachFailure: true, routes: true, format: .json,
                        ipRanges: "r.json", output: "out.json"))
            ),
            (["t.yaml", "--format", "yaml"], usage(.unknownValue)),
            (["t.yaml", "--format"], usage(.missingOptionValue)),
            (["t.yaml", "--format", "json", "--format", "text"], usage(.repeatedOption)),
            (
                ["t.yaml", "--failures", "2"],
                .success(SimulateOptions(topology: "t.yaml", eachFailure: true, failureCount: 2))
            ),
            (
                ["t.yaml", "--each-failure", "--failures=1"],
                .success(SimulateOptions(topology: "t.yaml", eachFailure: true, failureCount: 1))
            ),
            (["t.yaml", "--failures", "3"], usage(.invalidOptionValue)),
            (["t.yaml", "--failures", "0"], usage(.invalidOptionValue)),
            (["t.yaml", "--failures", "two"], usage(.invalidOptionValue)),
            (["t.yaml", "--failures"], usage(.missingOptionValue)),
            (["t.yaml", "--routes=yes"], usage(.unexpectedOptionValue)),
            (["t.yaml", "--rotues"], usage(.unknownOption)),
            (["--format", "xml"], usage(.missingArgument)),
            (["t.yaml", "extra"], usage(.unexpectedArgument)),
        ] as [([String], Result<SimulateOptions, UsageError>)])
    func simulate(argv: [String], expected: Result<SimulateOptions, UsageError>) {
        #expect(Self.parse(SimulateCommand.self, argv) == expected)
    }

    @Test(
        arguments: [
            (
                ["t.yaml", "198.51.100.7"],
                .success(ExplainOptions(topology: "t.yaml", destination: prefix("198.51.100.7/32")))
            ),
            (
                ["t.yaml", "2001:db8::/32", "--fail", "dx-1", "--ip-ranges", "r.json"],
                .success(
                    ExplainOptions(
                        topology: "t.yaml", destination: prefix("2001:db8::/32"), failures: ["dx-1"], ipRanges: "r.json"
                    ))
            ),
            (["t.yaml"], usage(.missingArgument)),
            (["t.yaml", "1.2.3.4", "x"], usage(.unexpectedArgument)),
            (["t.yaml", "300.1.1.1"], usage(.invalidDestination)),
            (["t.yaml", "198.51.100.1/24"], usage(.invalidDestination)),
        ] as [([String], Result<ExplainOptions, UsageError>)])
    func explain(argv: [String], expected: Result<ExplainOptions, UsageError>) {
        #expect(Self.parse(ExplainCommand.self, argv) == expected)
    }

    @Test(
        arguments: [
            (["t.yaml"], .success(ConfigOptions(topology: "t.yaml"))),
            (
                ["t.yaml", "--vendor", "junos", "--router", "r1", "-o", "c.txt"],
                .success(ConfigOptions(topology: "t.yaml", vendor: .junos, router: "r1", output: "c.txt"))
            ),
            (["t.yaml", "--vendor", "junso"], usage(.unknownValue)),
            (["t.yaml", "--router"], usage(.missingOptionValue)),
            ([], usage(.missingArgument)),
        ] as [([String], Result<ConfigOptions, UsageError>)])
    func config(argv: [String], expected: Result<ConfigOptions, UsageError>) {
        #expect(Self.parse(ConfigCommand.self, argv) == expected)
    }

    @Test(
        arguments: [
            (["t.yaml"], .success(AllowListOptions(topology: "t.yaml"))),
            (
                [
                    "t.yaml", "--option", "domains", "--format", "nftables", "--ephemeral", "linux", "--since",
                    "old.json",
                ],
                .success(
                    AllowListOptions(
                        topology: "t.yaml", format: .nftables, option: .domains, ephemeral: .linux, since: "old.json"))
            ),
            (["t.yaml", "--option", "dns"], usage(.unknownValue)),
            (["t.yaml", "--format", "yaml"], usage(.unknownValue)),
            (["t.yaml", "--ephemeral", "macos"], usage(.unknownValue)),
            (["t.yaml", "--optoin", "domains"], usage(.unknownOption)),
        ] as [([String], Result<AllowListOptions, UsageError>)])
    func allowList(argv: [String], expected: Result<AllowListOptions, UsageError>) {
        #expect(Self.parse(AllowListCommand.self, argv) == expected)
    }

    @Test(
        arguments: [
            (["t.yaml"], .success(ReportOptions(topology: "t.yaml"))),
            (
                ["t.yaml", "--format=html", "-o", "r.html"],
                .success(ReportOptions(topology: "t.yaml", format: .html, output: "r.html"))
            ),
            (["t.yaml", "--format", "pdf"], usage(.unknownValue)),
            (["t.yaml", "--failures", "2"], .success(ReportOptions(topology: "t.yaml", failureCount: 2))),
            (["t.yaml", "--failures", "5"], usage(.invalidOptionValue)),
        ] as [([String], Result<ReportOptions, UsageError>)])
    func report(argv: [String], expected: Result<ReportOptions, UsageError>) {
        #expect(Self.parse(ReportCommand.self, argv) == expected)
    }

    @Test(
        arguments: [
            (["15.193.6.10"], .success(RangesQueryOptions(target: prefix("15.193.6.10/32")))),
            (
                ["15.193.6.0/24", "--format", "json", "--ip-ranges", "r.json"],
                .success(RangesQueryOptions(target: prefix("15.193.6.0/24"), format: .json, ipRanges: "r.json"))
            ),
            ([], usage(.missingArgument)),
            (["nonsense"], usage(.invalidDestination)),
            (["1.2.3.4", "--format", "yaml"], usage(.unknownValue)),
        ] as [([String], Result<RangesQueryOptions, UsageError>)])
    func rangesQuery(argv: [String], expected: Result<RangesQueryOptions, UsageError>) {
        #expect(Self.parse(RangesQueryCommand.self, argv) == expected)
    }

    @Test(
        arguments: [
            (["a.json", "b.json"], .success(RangesDiffOptions(old: "a.json", new: "b.json"))),
            (
                [
                    "a.json", "b.json", "--service", "AMAZON_CONNECT", "--region", "us-east-1", "--format", "json",
                    "-o", "d",
                ],
                .success(
                    RangesDiffOptions(
                        old: "a.json", new: "b.json", service: "AMAZON_CONNECT", region: "us-east-1", format: .json,
                        output: "d"))
            ),
            (["a.json"], usage(.missingArgument)),
            (["a.json", "b.json", "c.json"], usage(.unexpectedArgument)),
            (["a.json", "b.json", "--format", "xml"], usage(.unknownValue)),
        ] as [([String], Result<RangesDiffOptions, UsageError>)])
    func rangesDiff(argv: [String], expected: Result<RangesDiffOptions, UsageError>) {
        #expect(Self.parse(RangesDiffCommand.self, argv) == expected)
    }

    @Test(
        arguments: [
            ([], .success(RangesUpdateOptions())),
            (
                ["-o", "f.json", "--url", "http://127.0.0.1:9/x.json", "--timeout", "2.5"],
                .success(
                    RangesUpdateOptions(
                        output: "f.json", url: URL(string: "http://127.0.0.1:9/x.json")!, timeout: 2.5))
            ),
            (["--url", "file:///etc/passwd"], usage(.invalidURL)),
            (["--url", "https:///ip-ranges.json"], usage(.invalidURL)),
            (["--timeout", "0"], usage(.invalidTimeout)),
            (["--timeout", "nan"], usage(.invalidTimeout)),
            (["extra"], usage(.unexpectedArgument)),
        ] as [([String], Result<RangesUpdateOptions, UsageError>)])
    func rangesUpdate(argv: [String], expected: Result<RangesUpdateOptions, UsageError>) {
        #expect(Self.parse(RangesUpdateCommand.self, argv) == expected)
    }

    @Test(
        arguments: [
            ([], .success(RulesOptions())),
            (["--format", "markdown"], .success(RulesOptions(format: .markdown))),
            (["--format", "json"], usage(.unknownValue)),
            (["bfd-off"], .success(RulesOptions(id: "bfd-off"))),
            (["bfd-off", "--format", "markdown"], .success(RulesOptions(id: "bfd-off", format: .markdown))),
            (["bfd-off", "extra"], usage(.unexpectedArgument)),
        ] as [([String], Result<RulesOptions, UsageError>)])
    func rules(argv: [String], expected: Result<RulesOptions, UsageError>) {
        #expect(Self.parse(RulesCommand.self, argv) == expected)
    }

    /// A value error lists the enum's cases, so a new format shows up in the message by itself.
    @Test func unknownFormatListsTheCases() {
        let error = Self.parse(AllowListCommand.self, ["t.yaml", "--format", "yaml"]).error
        #expect(error?.message == "Unknown format 'yaml' (expected text, csv, json or nftables)")
        #expect(OptionSpec.format(AllowListFormat.self).help == "text (default), csv, json or nftables.")
    }
}
