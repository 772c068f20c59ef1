import DXInput
import DXModel

/// One route of an Internet routing table: a prefix and, when the table says, its AS_PATH.
public struct InternetRoute: Hashable, Sendable {
    public var prefix: IPPrefix
    /// -1 when unknown; 32 bits, stored in the prefix's padding (before `asPath`), keep a route
    /// at 32 bytes in a million-route table.
    private var storedPathLength: Int32
    /// The AS numbers of the AS_PATH in order, nearest AS first, with AS_SET members flattened
    /// in place (`64500 {64501,64502}` gives `[64500, 64501, 64502]`); nil when the table gives
    /// no path (a plain prefix list). An empty array is a known empty path (a locally
    /// originated route in a RIB dump).
    public var asPath: [UInt32]?
    /// The AS_PATH length used in route selection (RFC 4271 §9.1.2.2 a): each AS in an
    /// AS_SEQUENCE counts 1, an AS_SET counts 1 however many members it has, and confederation
    /// segments count 0 (RFC 5065 §5.3). nil exactly when ``asPath`` is nil.
    public var asPathLength: Int? {
        get { storedPathLength < 0 ? nil : Int(storedPathLength) }
        set { storedPathLength = newValue.map { Int32(clamping: $0) } ?? -1 }
    }

    public init(prefix: IPPrefix, asPath: [UInt32]?, asPathLength: Int?) {
        self.prefix = prefix
        self.asPath = asPath
        self.storedPathLength = asPathLength.map { Int32(clamping: $0) } ?? -1
    }

    /// A route with a plain AS_SEQUENCE (no sets), whose length is its count.
    public init(prefix: IPPrefix, asPath: [UInt32]) {
        self.init(prefix: prefix, asPath: asPath, asPathLength: asPath.count)
    }

    /// The originating AS: the last AS of the path (for a trailing AS_SET, its last member);
    /// nil for an unknown or empty path.
    public var originASN: UInt32? { asPath?.last }
}
