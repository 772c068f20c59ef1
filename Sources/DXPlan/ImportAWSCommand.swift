import DXCore
import DXInput
import DXPlanning
import DXRendering

/// `dxplan import aws` (Docs/UserGuide.md): reads the JSON of `aws directconnect
/// describe-connections`, `describe-virtual-interfaces` and `describe-lags`
/// (``DirectConnectDescribeOutput``), maps it (``AWSImportPlanner``) and writes the topology
/// (``ImportedTopologyYAML``). Bad JSON or a wrong shape: the file, position and JSON path,
/// exit status 2, nothing written. No BGP key is read beyond whether it is set.
enum ImportAWSCommand: Subcommand {
    static let connections = OptionSpec(
        "--connections", value: "FILE", help: "Output of 'aws directconnect describe-connections' (JSON).")
    static let virtualInterfaces = OptionSpec(
        "--virtual-interfaces", value: "FILE",
        help: "Output of 'aws directconnect describe-virtual-interfaces' (JSON).")
    static let lags = OptionSpec(
        "--lags", value: "FILE", help: "Output of 'aws directconnect describe-lags' (JSON): LAG names and members.")
    static let connectRegion = OptionSpec(
        "--connect-region", value: "R",
        help: "Region of the Amazon Connect instance (default: the connections' most common Region, marked TODO).")

    static let spec = CommandSpec(
        name: "import aws",
        usage:
            "dxplan import aws --connections FILE --virtual-interfaces FILE [--lags FILE] [--connect-region R] [-o FILE]",
        summary:
            "Write a topology from the JSON that the AWS CLI prints for an account's Direct Connect connections, LAGs and virtual interfaces.",
        options: [connections, virtualInterfaces, lags, connectRegion, .output],
        details: """
            Connections, LAGs, VIFs, VLANs, addresses and the ASN are copied; bgpPeers become bgp_peers (one
            per family), routeFilterPrefixes become advertise and customer.prefixes, location codes become
            catalog locations. BGP keys become env:DX_KEY_<VIF> references; no key is copied or printed.
            What AWS cannot know (routers, vendors, the Connect instance, agent_source, ISPs) is a valid
            placeholder marked TODO(import).
              aws directconnect describe-connections > connections.json
              aws directconnect describe-virtual-interfaces > vifs.json
              aws directconnect describe-lags > lags.json
              dxplan import aws --connections connections.json --virtual-interfaces vifs.json --lags lags.json -o site.yaml
            Exit status: 0 success, 2 unusable input, 64 usage error.
            """,
        positionals: .none)

    static func run(_ options: ImportAWSOptions, context: inout CommandContext) throws(UsageError) {
        do {
            let connectionRecords = try DirectConnectDescribeOutput.connections(
                read(options.connections), file: options.connections)
            let vifRecords = try DirectConnectDescribeOutput.virtualInterfaces(
                read(options.virtualInterfaces), file: options.virtualInterfaces)
            let lagRecords = try options.lags.map { path throws(InputError) in
                try DirectConnectDescribeOutput.lags(read(path), file: path)
            }
            let topology = AWSImportPlanner.plan(
                connections: connectionRecords, lags: lagRecords ?? [], virtualInterfaces: vifRecords,
                connectRegion: options.connectRegion)
            OutputDestination.emit(ImportedTopologyYAML.render(topology), to: options.output, output: &context.output)
        } catch {
            context.output.err(error.description + "\n")
            context.output.status = .unusableInput
        }
    }

    private static func read(_ path: String) throws(InputError) -> [UInt8] {
        try InputFile.read(path, limit: DirectConnectDescribeOutput.maximumFileSize, origin: .commandLine)
    }
}
