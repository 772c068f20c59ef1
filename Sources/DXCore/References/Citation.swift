/// One cited claim: the id of a ``Reference`` (Docs/Sources.md) and, optionally, the part of the
/// page it rests on (a section, a table, a note). Output spells it as title, detail and URL.
public struct Citation: Hashable, Comparable, Sendable {
    /// The ``Reference`` id, e.g. `connect-ccp-networking`.
    public var id: String
    /// The part of the page, e.g. `Option 2`; empty for the page as a whole.
    public var detail: String

    public init(_ id: String, _ detail: String = "") {
        self.id = id
        self.detail = detail
    }

    /// The cited page; a placeholder titled with the id when the id is unknown (a test forbids that).
    public var reference: Reference { Reference.named(id) ?? Reference(id, id, "") }

    public var title: String { reference.title }
    public var url: String { reference.url }

    /// `Title, detail`.
    public var label: String { detail.isEmpty ? title : "\(title), \(detail)" }

    /// `Title, detail (URL)`.
    public var text: String { url.isEmpty ? label : "\(label) (\(url))" }

    public static func < (lhs: Citation, rhs: Citation) -> Bool { (lhs.id, lhs.detail) < (rhs.id, rhs.detail) }
}
