import DXModel

/// A set of prefixes reduced to the outermost ones (none inside another, so they are disjoint),
/// answering "which listed prefix is equal to or contains this one" by binary search. The ISP
/// import filter `reject_aws_prefixes` splits an ISP table with it (Docs/Simulation.md, "ISP import
/// filter").
public struct OutermostPrefixes: Sendable {
    /// Sorted, disjoint.
    public private(set) var prefixes: [IPPrefix]

    public init<S: Sequence>(_ prefixes: S) where S.Element == IPPrefix {
        var kept: [IPPrefix] = []
        // In prefix order a prefix inside an earlier one is inside the last one kept: the earlier
        // prefix contains everything that sorts between it and the later one.
        for prefix in prefixes.sorted() {
            if let last = kept.last, last.contains(prefix) { continue }
            kept.append(prefix)
        }
        self.prefixes = kept
    }

    /// The listed prefix equal to or containing `prefix`, if any.
    public func container(of prefix: IPPrefix) -> IPPrefix? {
        // The last listed prefix not above `prefix`: a container sorts before what it contains,
        // and any listed prefix between the two would be inside the container.
        var low = 0
        var high = prefixes.count
        while low < high {
            let middle = (low + high) / 2
            if prefix < prefixes[middle] { high = middle } else { low = middle + 1 }
        }
        guard low > 0, prefixes[low - 1].contains(prefix) else { return nil }
        return prefixes[low - 1]
    }

    /// Splits parallel arrays into the entries outside every listed prefix and those equal to or
    /// inside one, each part in its original order.
    public func partition<Value>(prefixes: [IPPrefix], values: [Value]) -> (
        outside: (prefixes: [IPPrefix], values: [Value]), inside: (prefixes: [IPPrefix], values: [Value])
    ) {
        var outside: (prefixes: [IPPrefix], values: [Value]) = ([], [])
        var inside: (prefixes: [IPPrefix], values: [Value]) = ([], [])
        outside.prefixes.reserveCapacity(prefixes.count)
        outside.values.reserveCapacity(prefixes.count)
        for index in prefixes.indices {
            if container(of: prefixes[index]) == nil {
                outside.prefixes.append(prefixes[index])
                outside.values.append(values[index])
            } else {
                inside.prefixes.append(prefixes[index])
                inside.values.append(values[index])
            }
        }
        return (outside, inside)
    }
}
