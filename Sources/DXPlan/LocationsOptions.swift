import DXCore

/// `dxplan locations [--region R] [--format text|json]`.
struct LocationsOptions: CommandOptions {
    var region: String?
    var format = LocationsFormat.text
}

extension LocationsOptions {
    init(parsing arguments: ParsedArguments) throws(UsageError) {
        _ = try arguments.positionals(named: [])
        region = arguments.value(LocationsCommand.region)
        format = try arguments.format(LocationsFormat.self)
    }
}
