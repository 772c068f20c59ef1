extension UsageError {
    /// What is wrong with a command line, by a stable kebab-case name (`unknown-option`).
    ///
    /// The command-line codes are here; a layer that rejects an argument value adds its own
    /// constant in an extension (`UsageError.Code.invalidURL` in DXAWS).
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        public let name: String

        public init(_ name: String) {
            self.name = name
        }

        public var description: String { name }

        /// No command at all: `dxplan` alone.
        public static let missingCommand = Code("missing-command")
        /// A command name that is not in the registry.
        public static let unknownCommand = Code("unknown-command")
        /// A command group (`ranges`) without its subcommand.
        public static let missingSubcommand = Code("missing-subcommand")
        /// A subcommand name the group does not have.
        public static let unknownSubcommand = Code("unknown-subcommand")
        /// An option the command does not take.
        public static let unknownOption = Code("unknown-option")
        /// `--flag=value` for an option that takes no value.
        public static let unexpectedOptionValue = Code("unexpected-option-value")
        /// An option that takes a value given without one.
        public static let missingOptionValue = Code("missing-option-value")
        /// A non-repeatable option given twice.
        public static let repeatedOption = Code("repeated-option")
        /// A positional argument the command needs is missing.
        public static let missingArgument = Code("missing-argument")
        /// More positional arguments than the command takes.
        public static let unexpectedArgument = Code("unexpected-argument")
        /// A value outside an option's fixed choices (`--format yaml`, `--vendor junso`).
        public static let unknownValue = Code("unknown-value")
        /// An ADDRESS|PREFIX argument that is neither.
        public static let invalidDestination = Code("invalid-destination")
        /// A name that is not in the topology (`--router`, `--fail`).
        public static let unknownName = Code("unknown-name")
        /// A rule id that is not in the catalog (`dxplan rules ID`).
        public static let unknownRule = Code("unknown-rule")
        /// An option value of the wrong shape (`--interface eth0` without `=NEW`).
        public static let invalidOptionValue = Code("invalid-option-value")
        /// Two options that cannot be used together (`-o` and `--output-dir`).
        public static let conflictingOptions = Code("conflicting-options")
    }
}
