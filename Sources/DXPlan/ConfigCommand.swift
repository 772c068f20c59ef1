import DXCore
import DXInput
import DXModel
import DXPlanning
import DXRendering
import DXSimulation
import Foundation

/// `dxplan config TOPOLOGY [--vendor V] [--router NAME] [--interface OLD=NEW]... [--force]
/// [--ip-ranges FILE] [-o FILE | --output-dir DIR]` (Docs/Vendors.md).
///
/// Runs every check of `validate` and plans every router (or one); the findings of both go to
/// stderr compiler-style and never carry a key (BGPAuthKey redacts, the planner never quotes one).
/// An error finding refuses the design: nothing is written, exit 1; `--force` renders anyway, each
/// configuration opening with a comment that counts the overridden errors, and still exits 1.
/// Exit status: 0, 1 error findings, 2 unusable input, 64 usage.
enum ConfigCommand: Subcommand {
    static let vendor = OptionSpec(
        "--vendor", value: "V", values: Vendor.allCases.map(\.rawValue),
        help: "frr, bird, ios-xe, ios-xr, junos or eos (default: the router's).")
    static let router = OptionSpec("--router", value: "NAME", help: "Only this router.")
    static let interface = OptionSpec(
        "--interface", value: "OLD=NEW", repeatable: true,
        help: "Render the topology's interface OLD as NEW (for another vendor's names); repeatable.")
    static let force = OptionSpec(
        "--force", help: "Render even with error findings (the output says how many; exit status stays 1).")
    static let outputDirectory = OptionSpec(
        "--output-dir", value: "DIR", help: "Write DIR/<router>.conf for every router (atomically, all or none).")

    static let spec = CommandSpec(
        name: "config", abstract: "Router configuration per vendor",
        usage:
            "dxplan config TOPOLOGY [--vendor V] [--router NAME] [--interface OLD=NEW]... [--force] [-o FILE | --output-dir DIR]",
        summary:
            "Router configuration for the Direct Connect side of each router: subinterfaces, BGP sessions to AS 7224 with MD5 and BFD, inbound and outbound policies, and the ISP export filter.",
        options: [vendor, router, interface, force, .ipRanges, .output, outputDirectory],
        details:
            "Every check of `validate` runs first: with an error finding nothing is written (exit 1) unless --force.\nKeys: `bgp_auth_key: env:NAME` is read from the environment now; never printed on stderr.\nExit status: 0 written, 1 error findings (also with --force), 2 unusable input, 64 usage error."
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
        let interfaces = input.topology.connections.compactMap(\.interface?.value)
        for mapping in options.interfaces where !interfaces.contains(mapping.old) {
            var message = "--interface \(MessageValue.quoted(mapping.old)) names no interface of the topology"
            if let suggestion = Suggestion.closest(to: mapping.old, among: interfaces) {
                message += " (did you mean '\(suggestion)'?)"
            }
            let known = interfaces.isEmpty ? "none" : Array(Set(interfaces)).sorted().joined(separator: ", ")
            throw UsageError(.unknownName, message + "; interfaces: " + known)
        }
        let simulation = Simulator.run(input)
        var planner = RouterPlanner(input: input, simulation: simulation, environment: context.environment)
        planner.interfaceNames = Dictionary(options.interfaces.map { ($0.old, $0.new) }, uniquingKeysWith: { $1 })
        var plans = planner.plans(router: options.router, vendor: options.vendor)
        // The planner checks interface names for the vendor and names actually rendered.
        let validation = input.validationFindings.filter { $0.id != Rule.interfaceNameVendor.id }
        let planning = plans.flatMap(\.findings)
        let findings = Array(Set(validation + planning)).sorted()
        let errors = findings.filter { $0.severity == .error }.count
        // Without errors only the planning findings are printed (validate prints the rest);
        // with errors every finding, as validate prints them.
        let shown = errors > 0 ? findings : Array(Set(planning)).sorted()
        if !shown.isEmpty { context.output.err(FindingsText.render(shown)) }
        if errors > 0 {
            context.output.status = .checksFailed
            guard options.force else { return }
            for index in plans.indices { plans[index].overriddenErrors = errors }
        }
        if let directory = options.outputDirectory {
            writeEach(plans, into: directory, topology: input.topology, output: &context.output)
        } else {
            OutputDestination.emit(ConfigRenderer.render(plans), to: options.output, output: &context.output)
        }
    }

    /// `--output-dir`: every router's text is rendered and every target checked before the first
    /// file is written, each then atomically (`AtomicFileWriter`). A router name that is not a safe
    /// file name is refused, so a name can never reach outside DIR.
    static func writeEach(
        _ plans: [RouterPlan], into directory: String, topology: Topology, output: inout CommandOutput
    ) {
        var files: [(path: String, text: String)] = []
        for plan in plans {
            guard RouterFileName.isSafe(plan.routerName) else {
                let location = topology.routers.first { $0.name.value == plan.routerName }?.name.location
                let error = InputError(
                    .cannotWrite,
                    "router name \(MessageValue.quoted(plan.routerName)) cannot be a file name in --output-dir (expected letters, digits, '-', '_' and '.', not starting with '.')",
                    at: location ?? SourceLocation(file: directory, line: 1, column: 1))
                output.err(error.description + "\n")
                output.status = .unusableInput
                return
            }
            files.append((PathText.joined(directory, plan.routerName + ".conf"), ConfigRenderer.render(plan)))
        }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            let location = SourceLocation(file: directory, line: 1, column: 1)
            let reason = InputError(
                .cannotWrite, "cannot create the folder \(MessageValue.quoted(directory)) for --output-dir",
                at: location)
            output.err(reason.description + "\n")
            output.status = .unusableInput
            return
        }
        do {
            for file in files { _ = try OutputTarget.resolve(file.path) }
            for file in files { try AtomicFileWriter.write(file.text, to: file.path) }
        } catch {
            output.err(error.description + "\n")
            output.status = .unusableInput
        }
    }
}
