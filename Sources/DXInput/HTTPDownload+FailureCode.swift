extension HTTPDownload.Failure {
    /// Why a download has no complete response, by a stable kebab-case name (the raw value).
    public enum Code: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
        /// The time limit passed first.
        case timedOut = "timed-out"
        /// The server answered with something that is not an HTTP response.
        case noResponse = "no-response"
        /// The body is above the size limit.
        case tooLarge = "too-large"
        /// Fewer bytes than Content-Length declared.
        case truncated = "truncated"
        /// The connection, name lookup or TLS failed.
        case transport = "transport"

        public var description: String { rawValue }
    }
}
