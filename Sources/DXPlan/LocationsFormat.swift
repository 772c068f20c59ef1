/// `dxplan locations --format`.
enum LocationsFormat: String, CaseIterable, Sendable {
    case text, json
}
