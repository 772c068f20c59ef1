import DXCore

/// Escaping for text placed in GitHub-Flavored Markdown, inline or in a table cell: every
/// character with a Markdown meaning is backslash-escaped (CommonMark §2.4 allows it for any
/// ASCII punctuation), `|` too (GFM tables §4.10), and line breaks become spaces so a value can
/// never start a new block. `<script>` therefore renders as text, never as HTML.
public enum MarkdownText {
    static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "#", "!", "{", "}", "$", "="]

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
}

extension String {
    /// `http://x` → `http\://x` and `www.x` → `www\.x`, so that GFM's extended autolinks do not
    /// fire on topology text.
    fileprivate func replacingColonsAfterSchemes() -> String {
        replacing("://", with: "\\://").replacing("www.", with: "www\\.")
    }
}
