extension ValueParseError {
    /// What is wrong with a value, by a stable kebab-case name (the raw value).
    public enum Code: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
        /// Empty text.
        case empty = "empty"
        /// Text with a space, tab or line break in it.
        case whitespace = "whitespace"
        /// Not an IPv4 or IPv6 address (of the family asked for).
        case invalidAddress = "invalid-address"
        /// A prefix without `/length`, or with nothing after the `/`.
        case missingPrefixLength = "missing-prefix-length"
        /// A prefix length that is not a plain decimal number, or a second `/`.
        case invalidPrefixLength = "invalid-prefix-length"
        /// A prefix length beyond 32 (IPv4) or 128 (IPv6).
        case prefixLengthOutOfRange = "prefix-length-out-of-range"
        /// A prefix whose address has bits set beyond its length.
        case hostBitsSet = "host-bits-set"
        /// Not an asplain AS number.
        case invalidASN = "invalid-asn"
        /// An AS number in asdot notation (`1.10`), which is not supported.
        case asdotNotation = "asdot-notation"
        /// An AS number beyond 32 bits.
        case asnOutOfRange = "asn-out-of-range"
        /// An AS number that cannot be used (0, AS_TRANS, reserved).
        case reservedASN = "reserved-asn"
        /// Not `asn:value` nor a well-known community name.
        case invalidCommunity = "invalid-community"
        /// A large community (RFC 8092), which is not supported.
        case largeCommunity = "large-community"
        /// A community half beyond 65535.
        case communityOutOfRange = "community-out-of-range"

        public var description: String { rawValue }
    }
}
