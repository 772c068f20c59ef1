/// Splits and joins file paths as plain text, by the POSIX pathname rules (a `/` separates
/// components; a path without one names an entry of the current directory). Foundation's
/// `NSString` path methods trap on some one-character relative names on Linux (`x`, `.`); these
/// never trap, whatever the text.
///
/// Source: POSIX.1-2017, Base Definitions §4.13 "Pathname Resolution"
/// (https://pubs.opengroup.org/onlinepubs/9699919799/basedefs/V1_chap04.html#tag_04_13).
public enum PathText {
    /// The folder holding `path`'s last component: `"."` for a bare name, `"/"` for a name
    /// at the root. Trailing slashes are ignored.
    public static func folder(of path: String) -> String {
        let trimmed = withoutTrailingSlashes(path)
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        var folder = trimmed[..<slash]
        while folder.hasSuffix("/") { folder = folder.dropLast() }
        return folder.isEmpty ? "/" : String(folder)
    }

    /// The last component of `path` (`"x"` for `"a/x"`, `"."` for `"."`); trailing slashes are
    /// ignored, and `"/"` alone gives `"/"`.
    public static func lastComponent(of path: String) -> String {
        let trimmed = withoutTrailingSlashes(path)
        guard let slash = trimmed.lastIndex(of: "/") else { return String(trimmed) }
        let name = trimmed[trimmed.index(after: slash)...]
        return name.isEmpty ? "/" : String(name)
    }

    /// `name` inside `folder`; an absolute `name` stands alone.
    public static func joined(_ folder: String, _ name: String) -> String {
        if name.hasPrefix("/") || folder.isEmpty { return name }
        return folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    private static func withoutTrailingSlashes(_ path: String) -> Substring {
        var text = Substring(path)
        while text.count > 1, text.hasSuffix("/") { text = text.dropLast() }
        return text
    }
}
