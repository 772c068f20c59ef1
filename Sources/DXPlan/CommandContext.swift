import DXCore

/// What a command runs with: the environment it may read and the output it writes.
struct CommandContext {
    var environment: [String: String]
    var output = CommandOutput()
}
