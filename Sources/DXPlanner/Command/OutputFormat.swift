/// `--format` values: one of a command's formats, the first being the default.
enum OutputFormat {
    static func choose(_ value: String?, among formats: [String]) throws(UsageError) -> String {
        guard let value else { return formats[0] }
        guard formats.contains(value) else {
            throw UsageError("Unknown format \(MessageValue.quoted(value)) (expected \(TopologyDecoder.alternatives(formats)))")
        }
        return value
    }
}
