import DXCore

/// The codes of files and of the YAML, JSON and topology readers.
extension InputError.Code {
    /// The file does not exist.
    public static let fileNotFound = Self("file-not-found")
    /// The path names a directory.
    public static let notAFile = Self("not-a-file")
    /// The file exists but cannot be opened.
    public static let permissionDenied = Self("permission-denied")
    /// Reading failed after opening.
    public static let cannotRead = Self("cannot-read")
    /// The file (or its decompressed text) is above the limit for its kind of input.
    public static let fileTooLarge = Self("file-too-large")
    /// A `.gz` file that gzip cannot decompress, or no gzip to run.
    public static let cannotDecompress = Self("cannot-decompress")
    /// Bytes that are not the text the readers accept: invalid UTF-8, control characters,
    /// line endings other than LF and CRLF.
    public static let invalidText = Self("invalid-text")
    /// Text that is not in dxplan's YAML subset.
    public static let yamlSyntax = Self("yaml-syntax")
    /// YAML that is valid but uses a feature the subset leaves out (anchors, tags, block scalars…).
    public static let unsupportedYAML = Self("unsupported-yaml")
    /// Text that is not JSON (RFC 8259).
    public static let jsonSyntax = Self("json-syntax")
    /// Nesting deeper than the readers' limit.
    public static let nestingTooDeep = Self("nesting-too-deep")
    /// A mapping key given twice.
    public static let duplicateKey = Self("duplicate-key")
    /// A node of the wrong kind: a scalar where a mapping or list belongs, text for a number.
    public static let wrongType = Self("wrong-type")
    /// A required key that is absent.
    public static let missingKey = Self("missing-key")
    /// Two keys that say the same thing in different forms (`bgp_peers` and the VIF-level peer keys).
    public static let conflictingKeys = Self("conflicting-keys")
    /// A key the mapping does not have.
    public static let unknownKey = Self("unknown-key")
    /// A value of the right kind that is not valid (a bad prefix, a number out of range).
    public static let invalidValue = Self("invalid-value")
}
