import DXAWS
import DXCore
import DXInput
import DXModel
import DXRouting

/// The Direct Connect source filter applied to segments: every VIF that carries the traffic must
/// advertise a prefix covering each agent source of the family. Decisions that share their
/// winners (``WinnerSet``) are checked once, so a run over thousands of VIFs in multipath does
/// not walk them again for every segment.
struct SourceFilter: Sendable {
    /// VIF name → context, the first of each name (by name, not a linear search per winner).
    private let interfaces: [String: InterfaceContext]
    private let sources: [AddressFamily: [IPPrefix]]
    /// Winner set and family → the VIFs among the winners that drop the traffic.
    private var filtered: [Key: [String]] = [:]
    /// Keeps each checked winner set alive, so that its identifier is not reused.
    private var checked: [WinnerSet] = []

    private struct Key: Hashable {
        var winners: ObjectIdentifier
        var family: AddressFamily
    }

    init(topology: Topology, rib: CustomerRIB) {
        self.init(topology: topology, interfaces: rib.interfaces)
    }

    /// For the topology's public VIFs, live or not (only the winners' advertisements count).
    init(topology: Topology, interfaces: [InterfaceContext]) {
        self.interfaces = Dictionary(interfaces.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        sources = Dictionary(grouping: topology.connect.agentSource.map(\.value), by: \.family)
    }

    /// The segment for `prefix` with `decision`, with the VIFs that drop its traffic.
    mutating func segment(_ prefix: IPPrefix, _ decision: PathDecision) -> Segment {
        guard decision.kind == .directConnect else {
            return Segment(prefix: prefix, decision: decision, sourceFilteredOn: [])
        }
        let key = Key(winners: ObjectIdentifier(decision.shared), family: prefix.family)
        if let known = filtered[key] {
            return Segment(prefix: prefix, decision: decision, sourceFilteredOn: known)
        }
        let sources = self.sources[prefix.family] ?? []
        var dropping: [String] = []
        for vifName in decision.via {
            guard let context = interfaces[vifName] else { continue }
            let advertised = context.virtualInterface.advertise.map(\.prefix.value)
            if !sources.allSatisfy({ source in advertised.contains { $0.contains(source) } }) {
                dropping.append(vifName)
            }
        }
        filtered[key] = dropping
        checked.append(decision.shared)
        return Segment(prefix: prefix, decision: decision, sourceFilteredOn: dropping)
    }
}
