import DXAWS
import DXCore
import DXInput
import DXModel

/// The Amazon Connect instance: its Region and the agents' source prefixes (`connect-regions`).
struct ConnectChecks {
    var topology: Topology

    func run() -> [Finding] {
        var findings: [Finding] = []
        let connect = topology.connect
        let region = connect.region
        if let known = RegionCatalog.region(region.value) {
            if !known.runsAmazonConnect {
                findings.append(
                    Finding(
                        .connectRegionUnavailable, at: region.location,
                        "Amazon Connect does not run in \(MessageValue.shown(region.value)) (expected one of \(Self.connectRegions))"
                    ))
            }
        } else {
            var message =
                "unknown Region \(MessageValue.quoted(region.value)) for Amazon Connect (expected one of \(Self.connectRegions))"
            if let suggestion = Suggestion.closest(
                to: region.value, among: RegionCatalog.all.filter(\.runsAmazonConnect).map(\.code))
            {
                message += "; did you mean '\(suggestion)'?"
            }
            findings.append(Finding(.connectRegionUnavailable, at: region.location, message))
        }
        if connect.instance == nil {
            findings.append(Finding(.instanceMissing, at: connect.location, "connect has no instance alias"))
        }
        let owned = topology.customer.prefixes.map(\.value)
        let advertised = topology.virtualInterfaces.filter { $0.virtualInterface.isPublic }.flatMap {
            $0.virtualInterface.advertise.map(\.prefix.value)
        }
        if connect.agentSource.isEmpty, let location = connect.agentSourceLocation {
            findings.append(Finding(.agentSourceEmpty, at: location, "agent_source lists no prefix"))
        }
        for source in connect.agentSource {
            if !owned.contains(where: { $0.contains(source.value) }) {
                findings.append(
                    Finding(
                        .agentSourceNotOwned, at: source.location,
                        "agent source \(source.value) is not inside customer.prefixes"))
            } else if !advertised.contains(where: { $0.contains(source.value) }) {
                findings.append(
                    Finding(
                        .agentSourceNotAdvertised, at: source.location,
                        "agent source \(source.value) is not covered by a prefix advertised on any public VIF"))
            }
        }
        return findings
    }

    static var connectRegions: String {
        RegionCatalog.all.filter(\.runsAmazonConnect).map(\.code).sorted().joined(separator: ", ")
    }
}
