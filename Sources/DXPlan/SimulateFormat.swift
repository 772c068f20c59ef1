/// `dxplan simulate --format`: the text report (default), JSON, or the findings as SARIF 2.1.0.
enum SimulateFormat: String, CaseIterable, Sendable {
    case text, json, sarif
}
