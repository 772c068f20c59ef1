import DXCore

/// The options of a command group (`ranges`), which takes none of its own.
struct NoOptions: CommandOptions {
    init() {}

    init(parsing arguments: ParsedArguments) throws(UsageError) {}
}
