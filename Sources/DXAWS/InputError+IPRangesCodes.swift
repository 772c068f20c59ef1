import DXCore

/// The codes of ip-ranges.json input.
extension InputError.Code {
    /// The snapshot that ships beside the executable is not there.
    public static let missingSnapshot = Self("missing-snapshot")
}
