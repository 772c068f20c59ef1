import DXCore
import DXInput

/// `dxplan import aws --connections FILE --virtual-interfaces FILE [--lags FILE] [--connect-region R] [-o FILE]`.
struct ImportAWSOptions: CommandOptions {
    var connections: String
    var virtualInterfaces: String
    var lags: String?
    var connectRegion: String?
    var output: String?
}

extension ImportAWSOptions {
    init(parsing arguments: ParsedArguments) throws(UsageError) {
        _ = try arguments.positionals(named: [])
        func required(_ option: OptionSpec) throws(UsageError) -> String {
            guard let value = arguments.value(option) else {
                throw UsageError(.missingArgument, "Missing expected argument '\(option.name) <\(option.valueName!)>'")
            }
            return value
        }
        connections = try required(ImportAWSCommand.connections)
        virtualInterfaces = try required(ImportAWSCommand.virtualInterfaces)
        lags = arguments.value(ImportAWSCommand.lags)
        connectRegion = arguments.value(ImportAWSCommand.connectRegion)
        output = arguments.value(.output)
        if let region = connectRegion {
            let valid =
                !region.isEmpty && region.count <= 32
                && region.unicodeScalars.allSatisfy { $0.isASCIIAlphanumeric || $0 == "-" }
            guard valid else {
                throw UsageError(
                    .invalidOptionValue,
                    "Invalid Region \(MessageValue.quoted(region)) for '--connect-region' (expected a Region code like us-east-1)"
                )
            }
        }
    }
}
