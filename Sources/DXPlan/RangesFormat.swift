/// `--format` of `dxplan ranges query` and `ranges diff`: text (default) or JSON.
enum RangesFormat: String, CaseIterable, Sendable {
    case text, json
}
