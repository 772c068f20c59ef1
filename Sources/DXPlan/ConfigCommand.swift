import DXCore
import DXInput
import DXModel
import DXPlanning
import DXRendering
import DXSimulation

/// `dxplan config TOPOLOGY [--vendor V] [--router NAME] [--ip-ranges FILE] [-o FILE]` (CLI.md).
///
/// Plans every router (or one) from the base simulation and renders it; planning findings go to
/// stderr compiler-style, and never carry a key (BGPAuthKey redacts, the planner never quotes one).
/// Exit status: 0, 1 when a planning finding is an error, 2 unusable input, 64 usage.
enum ConfigCommand {
    static let spec = CommandSpec(
        name: "config", usage: "dxplan config TOPOLOGY [--vendor V] [--router NAME] [-o FILE]",
        summary: "Router configuration for the Direct Connect side of each router: subinterfaces, BGP sessions to AS 7224 with MD5 and BFD, inbound and outbound policies, and the ISP export filter.",
        options: [
            OptionSpec("--vendor", value: "V", help: "frr, bird, ios-xe, ios-xr, junos or eos (default: the router's)."),
            OptionSpec("--router", value: "NAME", help: "Only this router."), .ipRanges, .output,
        ],
        details: "Keys: `bgp_auth_key: env:NAME` is read from the environment now; never printed on stderr.\nExit status: 0 written, 1 a planning error (e.g. an unsafe key), 2 unusable input, 64 usage error.")

    static func run(_ arguments: [String], environment: [String: String], output: inout CommandOutput) throws(UsageError) {
        guard let parsed = try spec.parse(arguments, output: &output) else { return }
        let path = try TopologyArgument.single(parsed)
        let vendor = try vendorArgument(parsed.value("--vendor"))
        guard let input = SimulationSetup.prepare(topologyPath: path, ipRanges: parsed.value("--ip-ranges"), environment: environment, output: &output) else { return }
        let routers = input.topology.routers.map(\.name.value)
        if let router = parsed.value("--router"), !routers.contains(router) {
            var message = "unknown router '\(ConfigText.comment(router))'"
            if let suggestion = Suggestion.closest(to: router, among: routers) { message += " (did you mean '\(suggestion)'?)" }
            throw UsageError(message + "; routers: " + (routers.isEmpty ? "none" : routers.joined(separator: ", ")))
        }
        let simulation = Simulator.run(input)
        let plans = RouterPlanner(input: input, simulation: simulation, environment: environment).plans(router: parsed.value("--router"), vendor: vendor)
        let findings = plans.flatMap(\.findings)
        if !findings.isEmpty { output.err(FindingsText.render(findings)) }
        OutputDestination.emit(ConfigRenderer.render(plans), to: parsed.value("--output"), output: &output)
        if output.status == .success && findings.hasErrors { output.status = .checksFailed }
    }

    static func vendorArgument(_ text: String?) throws(UsageError) -> Vendor? {
        guard let text else { return nil }
        if let vendor = Vendor(rawValue: text) { return vendor }
        let names = Vendor.allCases.map(\.rawValue)
        var message = "unknown vendor '\(ConfigText.comment(text))'"
        if let suggestion = Suggestion.closest(to: text, among: names) { message += " (did you mean '\(suggestion)'?)" }
        throw UsageError(message + "; expected one of " + names.joined(separator: ", "))
    }
}
