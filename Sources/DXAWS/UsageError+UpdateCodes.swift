import DXCore

/// The codes of `ranges update` arguments.
extension UsageError.Code {
    /// A `--url` that is not an absolute http or https URL with a host.
    public static let invalidURL = Self("invalid-url")
    /// A `--timeout` that is not a number of seconds in range.
    public static let invalidTimeout = Self("invalid-timeout")
}
