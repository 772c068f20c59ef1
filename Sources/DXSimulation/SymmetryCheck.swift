import DXCore
import DXModel

/// `asymmetric-path`: Amazon Connect media or signaling leaves on a VIF of one router or location
/// while AWS sends the answers to the agents on a VIF of another (Docs/Simulation.md §6).
///
/// The forward path is the customer's best path (local-pref first, `rfc4271` §9.1.1); the return
/// path is AWS's choice (longest prefix, AS_PATH, home Region; `dx-routing-policies`). A stateful
/// device at each site sees only one direction of a flow and drops it (`asymmetric-routing`).
struct SymmetryCheck {
    var topology: Topology
    var contexts: [InterfaceContext]

    func findings(destinations: [ConnectDestination], returnPath: [ReturnPathResult]) -> [Finding] {
        var sites: [String: String] = [:]
        for context in contexts {
            let location =
                context.site.location?.code ?? context.site.location?.name ?? context.connection.locationName?.value
                ?? "an unknown location"
            sites[context.name] = "router \(context.connection.router.value) at \(location)"
        }
        func describe(_ vifs: [String]) -> String {
            vifs.map { "'\($0)' (\(sites[$0] ?? "unknown"))" }.joined(separator: " and ")
        }
        let region = topology.connect.region.value
        var findings: [Finding] = []
        for (source, path) in zip(topology.connect.agentSource, returnPath) where !path.preferred.isEmpty {
            var roles: Set<DestinationRole> = []
            var forward: Set<String> = []
            for destination in destinations
            where destination.role.isInVerdict && destination.prefix.family == source.value.family {
                for segment in destination.segments where segment.decision.kind == .directConnect {
                    roles.insert(destination.role)
                    forward.formUnion(segment.decision.via)
                }
            }
            let returning = path.preferred
            guard !forward.isEmpty, Set(forward.map { sites[$0] }) != Set(returning.map { sites[$0] }) else {
                continue
            }
            let sending = forward.sorted()
            let traffic = roles.sorted().map(\.rawValue).joined(separator: " and ")
            findings.append(
                Finding(
                    .asymmetricPath, at: source.location,
                    "Amazon Connect \(traffic) to \(region) leaves on \(describe(sending)), but AWS returns to \(source.value) on \(describe(returning)): a stateful firewall at a site that sees only one direction of a call drops it",
                    fix: Self.fix(sending: sending, returning: returning)))
        }
        return findings
    }

    /// The concrete fix: align the customer's local-pref with AWS's choice, or AWS's choice with it.
    static func fix(sending: [String], returning: [String]) -> String {
        let quote = { (vifs: [String]) in vifs.map { "'\($0)'" }.joined(separator: ", ") }
        let onlyForward = sending.filter { !returning.contains($0) }
        let onlyReturn = returning.filter { !sending.contains($0) }
        if onlyReturn.isEmpty {
            return
                "Send only where AWS returns: lower `local_preference` of \(quote(onlyForward)) below \(quote(returning)); or let AWS share the return over \(quote(onlyForward)) too (same prefix, AS_PATH and scope)."
        }
        if onlyForward.isEmpty {
            return
                "Make AWS return only where you send: `as_path_prepend` (public ASN) or a narrower `scope` on \(quote(onlyReturn)); or send on \(quote(onlyReturn)) too (the same `local_preference` as \(quote(sending)))."
        }
        return
            "Send and receive at the same site: raise `local_preference` of \(quote(onlyReturn)) above \(quote(onlyForward)); or make AWS return on \(quote(onlyForward)) with `as_path_prepend` (public ASN) or a narrower `scope` on \(quote(onlyReturn))."
    }
}
