/// The line formats an ``InternetTable`` file can use; each line is recognised on its own.
public enum InternetTableFormat: String, Sendable, CaseIterable {
    /// One prefix per line, e.g. `13.128.0.0/16` (AS paths unknown).
    case prefixes
    /// A prefix and its AS path, whitespace separated, e.g. `13.128.0.0/16 64510 16509`;
    /// AS_SETs in braces (`{64511,64512}`).
    case prefixASPath = "prefix-as-path"
    /// `bgpdump -m` one-line output (RIPE NCC bgpdump, MRT records of RFC 6396):
    /// `TABLE_DUMP2|time|B|peer|peer-as|prefix|as-path|origin|...`, also `TABLE_DUMP` and
    /// `BGP4MP` / `BGP4MP_ET` announcements (`A`); withdrawals (`W`) and `STATE` lines are ignored.
    case bgpdump
    /// Lines of more than one of the formats above.
    case mixed
    /// No route lines at all (an empty file, or only comments and blank lines).
    case empty

    /// The one-line description used in error messages.
    static let expected =
        "expected one of: a prefix ('198.51.100.0/24'), a prefix and AS path ('198.51.100.0/24 64500 64501'), or a bgpdump -m line ('TABLE_DUMP2|time|B|peer|peer-as|prefix|as-path|...')"

    /// The format of a file whose lines so far had `self`, after a line of `line`.
    func adding(_ line: InternetTableFormat) -> InternetTableFormat {
        if self == .empty || self == line { return line }
        return .mixed
    }
}
