import DXCore

/// A command's arguments as typed fields, read once from its parsed command line; every
/// value that can be checked without reading a file is checked here (usage errors, exit 64).
protocol CommandOptions: Equatable, Sendable {
    init(parsing arguments: ParsedArguments) throws(UsageError)
}
