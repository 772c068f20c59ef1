import DXCore

/// Escaping for text placed in GitHub-Flavored Markdown, inline or in a table cell: every
/// character with a Markdown meaning is backslash-escaped (CommonMark §2.4 allows it for any
/// ASCII punctuation), `|` too (GFM tables §4.10), and line breaks become spaces so a value can
/// never start a new block. `<script>` therefore renders as text, never as HTML.
public enum MarkdownText {
    static let special: Set<Character> = [
        "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "#", "!", "{", "}", "$", "=",
    ]

    /// `links`: keep `https://` text linkable (for dxplan's own sources, never for topology text).
    public static func escape(_ text: String, links: Bool = false) -> String {
        var output = ""
        var previousWasBreak = false
        for character in text {
            if character.isNewline {
                if !previousWasBreak { output += " " }
                previousWasBreak = true
                continue
            }
            previousWasBreak = false
            if let ascii = character.asciiValue, ascii < 0x20 || ascii == 0x7F {
                output += " "
            } else if character.unicodeScalars.contains(where: \.isBidiControl) {
                output += " "
            } else if special.contains(character) {
                output += "\\" + String(character)
            } else {
                output.append(character)
            }
        }
        // GFM autolinks `www.` and `scheme:`; a backslash before the ':' keeps hostile URLs plain text.
        return links ? output : output.replacingColonsAfterSchemes()
    }

    /// A code span (CommonMark §6.1), empty for empty text. Backslashes are literal inside one, so
    /// the text is kept except line breaks, control and bidirectional characters (spaces) and, in a
    /// table cell, `|` (`\|`, GFM §4.10). The fence is one backtick longer than any run inside, and a
    /// space pads text that starts or ends with a backtick or a space.
    package static func code(_ text: String, inTable: Bool = false) -> String {
        var body = ""
        var run = 0
        var longest = 0
        for character in text {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
            if character.isNewline || character.asciiValue.map({ $0 < 0x20 || $0 == 0x7F }) == true
                || character.unicodeScalars.contains(where: \.isBidiControl)
            {
                body += " "
            } else if character == "|" && inTable {
                body += "\\|"
            } else {
                body.append(character)
            }
        }
        guard let first = body.first, let last = body.last else { return "" }
        let fence = String(repeating: "`", count: longest + 1)
        let pad = [first, last].contains { $0 == "`" || $0 == " " } ? " " : ""
        return fence + pad + body + pad + fence
    }
}

extension String {
    /// `http://x` → `http\://x` and `www.x` → `www\.x`, so that GFM's extended autolinks do not
    /// fire on topology text.
    fileprivate func replacingColonsAfterSchemes() -> String {
        replacing("://", with: "\\://").replacing("www.", with: "www\\.")
    }
}
