import DXCore
import DXInput
import DXModel

/// An ADDRESS|PREFIX argument: an address is treated as its host prefix (/32 or /128).
enum DestinationArgument {
    static func parse(_ text: String) throws(UsageError) -> IPPrefix {
        if text.contains("/") {
            switch IPPrefix.parse(text) {
            case .success(let prefix): return prefix
            case .failure(let error): throw UsageError(.invalidDestination, "Invalid prefix: \(error.message)")
            }
        }
        guard let address = IPAddress(text),
            let prefix = IPPrefix(network: address, length: address.family.maxPrefixLength)
        else {
            throw UsageError(
                .invalidDestination, "\(MessageValue.quoted(text)) is not an IPv4 or IPv6 address or prefix")
        }
        return prefix
    }
}
