/// `dxplan ranges query ADDRESS|PREFIX`: every ip-ranges entry containing it, most specific first.
enum RangesQueryCommand {
    static let spec = CommandSpec(
        name: "ranges query", usage: "dxplan ranges query ADDRESS|PREFIX [--ip-ranges FILE] [--format text|json]",
        summary: "List every ip-ranges.json entry (service, Region, border group) that contains the address or prefix, most specific first.",
        options: [.ipRanges, OptionSpec("--format", value: "FORMAT", help: "text (default) or json.")],
        details: "Exit status: 0 found, 1 in no entry, 2 unusable ip-ranges file.")

    static func run(_ arguments: [String], environment: [String: String], output: inout CommandOutput) throws(UsageError) {
        guard let parsed = try spec.parse(arguments, output: &output) else { return }
        guard parsed.positionals.count == 1 else {
            throw UsageError(parsed.positionals.isEmpty ? "Missing expected argument '<ADDRESS|PREFIX>'" : "Unexpected argument \(MessageValue.quoted(parsed.positionals[1]))")
        }
        let target = try DestinationArgument.parse(parsed.positionals[0])
        let format = try OutputFormat.choose(parsed.value("--format"), among: ["text", "json"])
        guard let ranges = RangesArgument.load(parsed, environment: environment, output: &output) else { return }
        let matches = ranges.entries.filter { $0.prefix.contains(target) }.sorted {
            $0.prefix.length != $1.prefix.length ? $0.prefix.length > $1.prefix.length : $0 < $1
        }
        if format == "json" {
            let json: JSONValue = [
                "query": .string(target.description),
                "ipRanges": ["syncToken": .string(ranges.syncToken), "createDate": .string(ranges.createDate)],
                "entries": .array(matches.map { ["prefix": .string($0.prefix.description), "service": .string($0.service), "region": .string($0.region), "networkBorderGroup": .optional($0.networkBorderGroup)] }),
            ]
            output.out(json.serialized)
        } else if matches.isEmpty {
            output.out("\(target) is in no ip-ranges entry (\(ranges.provenance)).\n")
        } else {
            output.out("\(target) is in \(matches.count) ip-ranges entr\(matches.count == 1 ? "y" : "ies") (\(ranges.provenance)):\n")
            var table = TextTable("PREFIX", "SERVICE", "REGION", "BORDER GROUP")
            for entry in matches {
                // Codes are checked when the file is read; escaped again so no file text can
                // start a line or reorder one (like topology text).
                table.add(entry.prefix.description, entry.service.debugEscaped, entry.region.debugEscaped, entry.networkBorderGroup?.debugEscaped ?? "-")
            }
            output.out(table.rendered)
        }
        if matches.isEmpty { output.status = .checksFailed }
    }
}
