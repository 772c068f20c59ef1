extension InputError {
    /// What is wrong with an input, by a stable kebab-case name (`duplicate-key`).
    ///
    /// Each layer declares the codes of the inputs it reads in an extension: files and syntax in
    /// DXInput, ip-ranges.json in DXAWS, routing tables in DXRouting.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        public let name: String

        public init(_ name: String) {
            self.name = name
        }

        public var description: String { name }

        /// A file that cannot be written (or its temporary file created).
        public static let cannotWrite = Code("cannot-write")
    }
}
