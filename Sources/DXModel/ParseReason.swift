/// A reason text used inside parsers before the input is quoted into a ``ValueParseError``.
struct ParseReason: Error, Sendable {
    var text: String
    init(_ text: String) { self.text = text }
}

extension ParseReason {
    /// ASCII space, tab, CR or LF.
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
