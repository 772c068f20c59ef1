/// A public page that a rule, a finding, the report or the allow-list rests on: a stable
/// kebab-case id, the page title and its canonical URL. ``Reference/all`` is the table of
/// Docs/Sources.md (a test keeps the two equal).
public struct Reference: Hashable, Sendable {
    /// Stable kebab-case id, e.g. `dx-routing-policies`.
    public var id: String
    /// The page title, prefixed with the guide or publication it belongs to.
    public var title: String
    /// The canonical public URL, or a path under `Docs/` for dxplan's own documentation.
    public var url: String

    public init(_ id: String, _ title: String, _ url: String) {
        self.id = id
        self.title = title
        self.url = url
    }

    /// The reference with this id, or nil.
    public static func named(_ id: String) -> Reference? { byID[id] }

    static let byID: [String: Reference] = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
}
