/// `dxplan validate --format`: compiler-style text (default), JSON (Docs/JSONOutput.md) or
/// SARIF 2.1.0 for CI code scanning.
enum ValidateFormat: String, CaseIterable, Sendable {
    case text, json, sarif
}
