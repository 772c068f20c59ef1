import DXCore
import DXInput
import DXModel
import DXPlanning
import DXRendering
import DXSimulation

/// `dxplan config TOPOLOGY [--vendor V] [--router NAME] [--ip-ranges FILE] [-o FILE]` (Docs/Vendors.md).
///
/// Plans every router (or one) from the base simulation and renders it; planning findings go to
/// stderr compiler-style, and never carry a key (BGPAuthKey redacts, the planner never quotes one).
/// Exit status: 0, 1 when a planning finding is an error, 2 unusable input, 64 usage.
enum ConfigCommand: Subcommand {
    static let vendor = OptionSpec(
        "--vendor", value: "V", values: Vendor.allCases.map(\.rawValue),
        help: "frr, bird, ios-xe, ios-xr, junos or eos (default: the router's).")
    static let router = OptionSpec("--router", value: "NAME", help: "Only this router.")

    static let spec = CommandSpec(
        name: "config", abstract: "Router configuration per vendor",
        usage: "dxplan config TOPOLOGY [--vendor V] [--router NAME] [-o FILE]",
        summary:
            "Router configuration for the Direct Connect side of each router: subinterfaces, BGP sessions to AS 7224 with MD5 and BFD, inbound and outbound policies, and the ISP export filter.",
        options: [vendor, router, .ipRanges, .output],
        details:
            "Keys: `bgp_auth_key: env:NAME` is read from the environment now; never printed on stderr.\nExit status: 0 written, 1 a planning error (e.g. an unsafe key), 2 unusable input, 64 usage error."
    )

    static func run(_ options: ConfigOptions, context: inout CommandContext) throws(UsageError) {
        guard
            let input = SimulationSetup.prepare(
                topologyPath: options.topology, ipRanges: options.ipRanges, environment: context.environment,
                output: &context.output)
        else { return }
        let routers = input.topology.routers.map(\.name.value)
        if let router = options.router, !routers.contains(router) {
            var message = "Unknown router '\(ConfigText.comment(router))'"
            if let suggestion = Suggestion.closest(to: router, among: routers) {
                message += " (did you mean '\(suggestion)'?)"
            }
            let known = routers.isEmpty ? "none" : routers.joined(separator: ", ")
            throw UsageError(.unknownName, message + "; routers: " + known)
        }
        let simulation = Simulator.run(input)
        let planner = RouterPlanner(input: input, simulation: simulation, environment: context.environment)
        let plans = planner.plans(router: options.router, vendor: options.vendor)
        let findings = plans.flatMap(\.findings)
        if !findings.isEmpty { context.output.err(FindingsText.render(findings)) }
        OutputDestination.emit(ConfigRenderer.render(plans), to: options.output, output: &context.output)
        if context.output.status == .success && findings.hasErrors { context.output.status = .checksFailed }
    }
}
