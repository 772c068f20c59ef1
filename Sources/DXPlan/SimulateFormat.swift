/// `dxplan simulate --format`: the text report (default) or JSON.
enum SimulateFormat: String, CaseIterable, Sendable {
    case text, json
}
