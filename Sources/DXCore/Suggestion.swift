/// "Did you mean …?" suggestions for unknown keys, Region codes, location names.
///
/// Distance is the optimal-string-alignment edit distance (Levenshtein plus adjacent
/// transpositions, so `vlna` → `vlan` costs 1), compared case-insensitively. A candidate is
/// suggested only when its distance is at most ``maximumDistance(for:)``; ties keep the
/// order of the candidates, so results are deterministic.
public enum Suggestion {
    /// The closest candidate to `text`, or nil when every candidate is too far.
    public static func closest(to text: String, among candidates: some Sequence<String>) -> String? {
        ranked(for: text, among: candidates, limit: 1).first
    }

    /// Up to `limit` candidates within the allowed distance, closest first (stable for ties),
    /// without duplicates.
    ///
    /// The work is bounded by the candidates, not by `text`: two strings whose lengths differ by
    /// more than the allowed distance are never compared, a `text` longer than every candidate by
    /// more than that is compared with none (a megabyte-long unknown value costs what a short one
    /// does), and a comparison stops once every alignment is beyond the allowed distance.
    public static func ranked(for text: String, among candidates: some Sequence<String>, limit: Int = 3) -> [String] {
        let allowed = maximumDistance(for: text)
        var seen = Set<String>()
        var unique: [(index: Int, candidate: String, characters: [Character])] = []
        for (index, candidate) in candidates.enumerated() where seen.insert(candidate).inserted {
            unique.append((index, candidate, Array(candidate.lowercased())))
        }
        let lowered = text.lowercased()
        let bound = (unique.map(\.characters.count).max() ?? 0) + allowed
        guard lowered.prefix(bound + 1).count <= bound else { return [] }
        let needle = Array(lowered)
        var scored: [(distance: Int, index: Int, candidate: String)] = []
        for (index, candidate, characters) in unique where abs(characters.count - needle.count) <= allowed {
            let distance = editDistance(needle, characters, atMost: allowed)
            if distance <= allowed { scored.append((distance, index, candidate)) }
        }
        scored.sort { ($0.distance, $0.index) < ($1.distance, $1.index) }
        return scored.prefix(max(0, limit)).map(\.candidate)
    }

    /// How many edits a suggestion may be away from `text`: a third of its length, at least
    /// 1 and at most 4 (only the first 12 characters are counted).
    public static func maximumDistance(for text: String) -> Int {
        min(4, max(1, text.prefix(12).count / 3))
    }

    /// Optimal-string-alignment distance between two strings (case-sensitive).
    public static func distance(_ a: String, _ b: String) -> Int {
        editDistance(Array(a), Array(b))
    }

    /// The distance, or some value above `limit` as soon as every alignment exceeds it.
    private static func editDistance(_ a: [Character], _ b: [Character], atMost limit: Int = .max) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
            }
            // Rows i and i - 1 both above the limit: no later cell can come back under it.
            if i > 1, current.min()! > limit, previous.min()! > limit { return limit + 1 }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
