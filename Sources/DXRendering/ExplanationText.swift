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
        for (route, status) in zip(explanation.candidates, explanation.statuses) {
            let statusText = status.description
            let assumed =
                route.awsPrefix?.isAssumed == true && !statusText.contains(AssumptionText.marker)
                ? " \(AssumptionText.marker)" : ""
            table.add([
                route.prefix.description, route.origin.name, route.origin.kind.rawValue,
                route.communities.isEmpty ? "-" : route.communities.map(\.description).joined(separator: " "),
                status.isAccepted ? String(route.localPreference) : "-", String(route.asPathLength),
                statusText + assumed,
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
}
