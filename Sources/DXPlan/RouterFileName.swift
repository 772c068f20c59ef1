/// Whether a router name can be used as `<router>.conf` inside `--output-dir`: 1–48 letters,
/// digits, `-`, `_` and `.`, not starting with `.` (so never `.`, `..`, a hidden file or a path).
/// The topology decoder allows only such names already; this is checked again where a name becomes
/// a path.
enum RouterFileName {
    static func isSafe(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first != ".", name.utf8.count <= 48 else { return false }
        return name.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0))
        }
    }
}
