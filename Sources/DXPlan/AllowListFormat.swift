/// `dxplan allowlist --format`: text (default), CSV, JSON or an nftables ruleset.
enum AllowListFormat: String, CaseIterable, Sendable {
    case text, csv, json, nftables
}
