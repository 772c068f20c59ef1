extension ValueSyntaxError {
    /// What is wrong with a value, by a stable kebab-case name; a model value's error keeps its
    /// ``ValueParseError/Code`` name (`host-bits-set`).
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        public let name: String

        public init(_ name: String) {
            self.name = name
        }

        public var description: String { name }

        /// Bytes that are not UTF-8 (RFC 3629).
        public static let invalidUTF8 = Code("invalid-utf8")
        /// Not an IPv4 address.
        public static let invalidIPv4Address = Code("invalid-ipv4-address")
        /// Not a port speed such as `10Gbps`.
        public static let invalidPortSpeed = Code("invalid-port-speed")
        /// `env:` followed by something that is not an environment variable name.
        public static let invalidEnvironmentName = Code("invalid-environment-name")
        /// A literal key with characters no vendor accepts.
        public static let invalidKey = Code("invalid-key")
        /// An object name that is not safe in every vendor's syntax.
        public static let invalidName = Code("invalid-name")
        /// An interface name with characters vendors do not use.
        public static let invalidInterfaceName = Code("invalid-interface-name")
        /// An instance alias that is not a DNS label.
        public static let invalidInstanceAlias = Code("invalid-instance-alias")
        /// An S3 bucket name outside the naming rules.
        public static let invalidBucketName = Code("invalid-bucket-name")
        /// An ip-ranges.json service code outside `A–Z 0–9 _`.
        public static let invalidService = Code("invalid-service-code")
    }
}
