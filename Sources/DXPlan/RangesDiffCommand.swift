import DXAWS
import DXCore
import DXInput
import DXModel
import DXPlanning
import DXRendering

/// `dxplan ranges diff OLD NEW`: added and removed entries per service and Region, with the date
/// each added Amazon Connect, EC2 or CloudFront range must be allowed by (Docs/UserGuide.md); with
/// `--topology`, the router configs and firewall sets of that topology that change (``RangesImpact``).
enum RangesDiffCommand: Subcommand {
    static let service = OptionSpec("--service", value: "S", help: "Only this service (e.g. AMAZON_CONNECT).")
    static let region = OptionSpec("--region", value: "R", help: "Only this Region (or GLOBAL).")
    static let topology = OptionSpec(
        "--topology", value: "T",
        help: "Also list the router configs and firewall sets of this topology that must be regenerated.")

    static let spec = CommandSpec(
        name: "ranges diff",
        usage: "dxplan ranges diff OLD NEW [--service S] [--region R] [--topology T] [--format text|json]",
        summary:
            "Added and removed ip-ranges.json entries between two files, per service and Region, with the 30-day deadline for new AMAZON_CONNECT, EC2 and CLOUDFRONT ranges.",
        options: [service, region, topology, .format(RangesFormat.self), .output])

    static func run(_ options: RangesDiffOptions, context: inout CommandContext) throws(UsageError) {
        guard let old = RangesArgument.load(path: options.old, environment: [:], output: &context.output),
            let new = RangesArgument.load(path: options.new, environment: [:], output: &context.output)
        else { return }
        let diff = RangesDiff.compute(old: old, new: new, service: options.service, region: options.region)
        var impact: RangesImpact?
        if let path = options.topology {
            guard let inputs = SimulationSetup.prepare(topologyPath: path, ranges: [old, new], output: &context.output)
            else { return }
            do {
                impact = try RangesImpact.compare(
                    old: inputs[0], new: inputs[1], environment: context.environment)
            } catch {
                context.output.err(error.description + "\n")
                context.output.status = .unusableInput
                return
            }
        }
        let text: String
        switch options.format {
        case .text: text = RangesDiffText.text(diff, impact: impact)
        case .json:
            text =
                RangesDiffText.json(diff, service: options.service, region: options.region, impact: impact)
                .serialized
        }
        OutputDestination.emit(text, to: options.output, output: &context.output)
    }
}
