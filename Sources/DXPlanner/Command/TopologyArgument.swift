/// The TOPOLOGY positional argument shared by most commands.
enum TopologyArgument {
    static func single(_ parsed: ParsedArguments) throws(UsageError) -> String {
        guard let path = parsed.positionals.first else { throw UsageError("Missing expected argument '<TOPOLOGY>'") }
        guard parsed.positionals.count == 1 else { throw UsageError("Unexpected argument \(MessageValue.quoted(parsed.positionals[1]))") }
        return path
    }

    /// Loads the topology, printing input errors (exit status 2) when it cannot be used.
    static func load(_ path: String, output: inout CommandOutput) -> Topology? {
        do {
            return try TopologyDecoder.load(path: path)
        } catch {
            output.err(error.description + "\n")
            output.status = .unusableInput
            return nil
        }
    }
}
