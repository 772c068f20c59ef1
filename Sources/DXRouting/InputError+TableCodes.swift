import DXCore

/// The codes of ISP routing-table files.
extension InputError.Code {
    /// A line that is none of the table formats (or a bgpdump record without routes).
    public static let invalidRouteLine = Self("invalid-route-line")
    /// A route whose prefix is not a valid prefix.
    public static let invalidRoutePrefix = Self("invalid-route-prefix")
    /// A route whose AS path is malformed.
    public static let invalidASPath = Self("invalid-as-path")
}

/// The codes of prefix-list files (``PrefixListFile``).
extension InputError.Code {
    /// A line of a prefix list that holds more than one prefix.
    public static let invalidPrefixListLine = Self("invalid-prefix-list-line")
}
