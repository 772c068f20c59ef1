import DXInput

/// One piece of advice in the report, with the source it rests on (a FACTS.md section or an AWS page).
public struct GuidanceItem: Sendable, Equatable {
    public var text: String
    public var source: String

    public init(_ text: String, source: String) {
        self.text = text
        self.source = source
    }
}
