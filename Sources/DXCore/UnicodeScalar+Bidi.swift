extension Unicode.Scalar {
    /// The explicit bidirectional formatting characters (Unicode UAX #9 §2: LRM, RLM, ALM,
    /// LRE…RLO, LRI…PDI). They reorder what a reader sees without changing the bytes
    /// ("Trojan Source", CVE-2021-42574), so the text renderers never pass them through from a
    /// topology: escaped in plain text, a space in HTML and Markdown.
    package var isBidiControl: Bool {
        switch value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
