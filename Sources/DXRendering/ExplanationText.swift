import DXInput
import DXModel
import DXSimulation

/// `explain` for people: the ip-ranges entries, every candidate route, the winner and why.
public enum ExplanationText {
    public static func render(_ explanation: RouteExplanation, provenance: String) -> String {
        var text = "Destination \(explanation.destination) (\(provenance))\n"
        if explanation.entries.isEmpty {
            text += "Not in any ip-ranges entry.\n"
        } else {
            text +=
                "ip-ranges: "
                + explanation.entries.map { "\($0.prefix) \($0.service) \($0.region)" }.joined(separator: "; ") + "\n"
        }
        text += "\nCANDIDATE ROUTES (longest prefix first)\n"
        var table = TextTable("PREFIX", "SOURCE", "KIND", "COMMUNITIES", "LOCAL-PREF", "AS_PATH", "STATUS")
        let winners = Set(explanation.segments.count == 1 ? explanation.segments[0].decision.winners : [])
        for route in explanation.candidates {
            let status: String
            if let rejection = route.rejection {
                status = "rejected: \(rejection)"
            } else if winners.contains(route) {
                status = Self.winnerStatus(winners)
            } else if route.prefix != explanation.segments.first?.decision.matchedPrefix {
                status = "shorter prefix"
            } else {
                status = "lost"
            }
            let assumed =
                route.awsPrefix?.isAssumed == true && !status.contains(AssumptionText.marker)
                ? " \(AssumptionText.marker)" : ""
            table.add([
                route.prefix.description, route.origin.name, route.origin.kind.rawValue,
                route.communities.isEmpty ? "-" : route.communities.map(\.description).joined(separator: " "),
                route.isAccepted ? String(route.localPreference) : "-", String(route.asPathLength), status + assumed,
            ])
        }
        text += explanation.candidates.isEmpty ? "(none)\n" : table.rendered
        if explanation.segments.count == 1 {
            let decision = explanation.segments[0].decision
            text +=
                "\nWINNER: \(decision.kind.rawValue) \(decision.via.joined(separator: ", "))\(decision.via.isEmpty ? "" : " ")— \(AssumptionText.reason(decision))\n"
        } else {
            text += "\nMore-specific routes split the destination into \(explanation.segments.count) segments:\n"
            var segments = TextTable("SEGMENT", "PATH", "REASON")
            for segment in explanation.segments {
                segments.add(
                    segment.prefix.description,
                    "\(segment.decision.kind.rawValue) \(segment.decision.via.joined(separator: ", "))",
                    AssumptionText.reason(segment.decision))
            }
            text += segments.rendered
        }
        return text
    }

    /// Direct Connect routes that tie are all used (multipath, Docs/Simulation.md §4); routes that
    /// tie with an ISP route are not: the router keeps exactly one of them, by tie-breakers
    /// the design does not set (`rfc4271`, §9.1.2.2), so none of them is shown as "best".
    static func winnerStatus(_ winners: Set<CandidateRoute>) -> String {
        if winners.count > 1, winners.contains(where: { $0.origin.kind != .directConnect }) {
            return "tie: the router keeps one"
        }
        return winners.count > 1 ? "best (multipath)" : "best"
    }
}
