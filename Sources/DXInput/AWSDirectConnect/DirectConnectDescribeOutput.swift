import DXCore
import DXModel

/// Reads the JSON that `aws directconnect describe-connections`, `describe-lags` and
/// `describe-virtual-interfaces` print (dx-api-describe-connections, dx-api-describe-lags,
/// dx-api-describe-virtual-interfaces) with the project's JSON reader. Bad JSON or a wrong shape
/// is an ``InputError`` at `file:line:col` naming the JSON path.
package enum DirectConnectDescribeOutput {
    /// The largest file read (an account's full listing is far below this).
    package static let maximumFileSize = 64 << 20

    package static func connections(_ bytes: [UInt8], file: String) throws(InputError) -> [DXConnectionRecord] {
        var records: [DXConnectionRecord] = []
        for item in try list(bytes, file: file, key: "connections") {
            records.append(try DXConnectionRecord(JSONObjectFields(item.node, path: item.path)))
        }
        return records
    }

    package static func lags(_ bytes: [UInt8], file: String) throws(InputError) -> [DXLagRecord] {
        var records: [DXLagRecord] = []
        for item in try list(bytes, file: file, key: "lags") {
            records.append(try DXLagRecord(JSONObjectFields(item.node, path: item.path)))
        }
        return records
    }

    package static func virtualInterfaces(_ bytes: [UInt8], file: String) throws(InputError)
        -> [DXVirtualInterfaceRecord]
    {
        var records: [DXVirtualInterfaceRecord] = []
        for item in try list(bytes, file: file, key: "virtualInterfaces") {
            records.append(try DXVirtualInterfaceRecord(JSONObjectFields(item.node, path: item.path)))
        }
        return records
    }

    /// The top-level `{"key": [...]}` of a response.
    private static func list(_ bytes: [UInt8], file: String, key: String) throws(InputError)
        -> [(node: YAMLNode, path: String)]
    {
        let root = try JSONObjectFields(JSONReader.parse(bytes, file: file), path: "$")
        guard root.node(key) != nil else {
            throw InputError(
                .missingKey,
                "$: missing '\(key)' (expected the JSON that 'aws directconnect describe-\(command(key))' prints)",
                at: root.location)
        }
        return try root.array(key)
    }

    private static func command(_ key: String) -> String {
        switch key {
        case "virtualInterfaces": "virtual-interfaces"
        default: key
        }
    }
}
