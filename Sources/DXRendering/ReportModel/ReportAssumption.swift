import DXInput
import DXModel
import DXSimulation

/// One modeling assumption the report states (Docs/Assumptions.md), with the value in effect and
/// whether the topology overrides it under `assumptions:`.
public struct ReportAssumption: Sendable, Equatable {
    public var topic: String
    public var value: String
    public var overridden: Bool

    public init(topic: String, value: String, overridden: Bool) {
        self.topic = topic
        self.value = value
        self.overridden = overridden
    }

    /// The assumptions that change simulation results, then every override of the topology.
    /// `impact`: what the list of `aws_also_advertises` added, when the topology names one.
    public static func all(_ assumptions: ModelingAssumptions, impact: AssumptionImpact? = nil) -> [ReportAssumption] {
        let defaults = ModelingAssumptions.default
        var items = [
            ReportAssumption(
                topic: "Continents for 7224:8200 / 7224:9200",
                value:
                    "north-america = us-*, us-gov-*, ca-*, mx-*; asia-pacific = ap-*; emea = eu-*, eusc-*, me-*, il-*, af-*; south-america = sa-* (its own group); cn-* never advertised on commercial VIFs",
                overridden: false),
            ReportAssumption(
                topic: "Untagged AWS routes", value: "every prefix not tagged 8100/8200: other continents and GLOBAL",
                overridden: false),
            ReportAssumption(
                topic: "AS_PATH length of AWS routes",
                value: String(assumptions.awsASPathLength)
                    + (assumptions.awsASPathLength == 3 ? " (documented minimum)" : ""),
                overridden: assumptions.awsASPathLength != defaults.awsASPathLength),
            ReportAssumption(
                topic: "AS_PATH length of ISP routes without a path",
                value: String(assumptions.internetASPathLength)
                    + (assumptions.internetASPathLength == 2 ? " (ISP, origin)" : ""),
                overridden: assumptions.internetASPathLength != defaults.internetASPathLength),
        ]
        if let file = assumptions.awsAlsoAdvertises {
            let added = impact.map { " (\($0.added) prefixes not in ip-ranges.json)" } ?? ""
            items.append(
                ReportAssumption(
                    topic: "What AWS advertises on a public VIF",
                    value:
                        "ip-ranges.json and the prefixes of \(file.value)\(added), each tagged as the Region of the longest ip-ranges prefix covering it (untagged when none does) and in no ip-ranges service",
                    overridden: true))
        }
        for code in assumptions.continentOverrides.keys.sorted() {
            items.append(
                ReportAssumption(
                    topic: "Continent of \(code)", value: assumptions.continentOverrides[code]!.rawValue,
                    overridden: true))
        }
        return items
    }
}
