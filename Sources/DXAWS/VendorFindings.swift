import DXCore
import DXModel

/// The findings of the per-vendor checks, spelled once for `validate` (the router's own vendor) and
/// for the planner (the vendor and interface names a configuration is rendered with).
package enum VendorFindings {
    /// `interface-name-vendor` when `name` cannot be one of `vendor`'s interfaces (``Vendor/isNativeInterfaceName(_:)``).
    package static func interfaceName(_ name: String, vendor: Vendor, connection: String, at location: SourceLocation?)
        -> Finding?
    {
        guard !vendor.isNativeInterfaceName(name) else { return nil }
        return Finding(
            .interfaceNameVendor, at: location,
            "interface \(MessageValue.quoted(name)) of connection '\(connection)' cannot be a \(vendor.displayName) interface (expected \(vendor.interfaceNameForm))"
        )
    }

    /// `bgp-auth-key-unsafe` when a key of a length AWS accepts cannot be written for `vendor`
    /// (``Vendor/isSafeBGPKey(_:)``). `source` says where the key came from ("the literal key",
    /// "the key in DX_KEY"); the key itself is never part of the message.
    package static func unsafeKey(
        _ key: String, source: String, virtualInterface: String, vendor: Vendor, at location: SourceLocation?
    ) -> Finding? {
        guard SafeBGPKey.check(key, for: vendor) == nil else { return nil }
        let refused =
            vendor.keyCharactersRefused.isEmpty
            ? "" : ", " + vendor.keyCharactersRefused.map { "'\($0)'" }.joined(separator: ", ")
        return Finding(
            .authKeyUnsafe, at: location,
            "\(source) for '\(virtualInterface)' cannot be written safely into a \(vendor.displayName) configuration (expected 6–80 printable ASCII characters without spaces, quotes, backslashes\(refused); the key is not shown)"
        )
    }
}
