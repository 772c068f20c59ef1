/// The one safety predicate for BGP MD5 keys, per vendor: a key is written into a configuration
/// only when that vendor's CLI reads it back exactly as written when the file is pasted or loaded
/// (Docs/Vendors.md, "BGP keys"). The decoder refuses what no vendor can take
/// (``BGPAuthKey/isAllowed(_:)``); this adds what one vendor's CLI interprets.
///
/// - Every vendor: printable ASCII only, no space (so no leading or trailing space either), no `"`,
///   `'` or `\` (the quoting and escaping of Junos and BIRD strings, and IOS's `"`).
/// - Cisco IOS-XE, IOS-XR, Arista EOS, Junos and FRR's vtysh: no `?`, which opens the CLI's help
///   when typed or pasted and is not stored (`cisco-ios-cli-help`, `junos-cli-help`,
///   `quagga-cli-help`: "To enter an actual ? character … use C-v ?").
/// - BIRD reads the key from a quoted string in its configuration file (`bird-configuration`), so only
///   the characters above apply.
extension Vendor {
    /// Whether `key` can be written as is into this vendor's configuration.
    package func isSafeBGPKey(_ key: String) -> Bool {
        !key.isEmpty && key.unicodeScalars.allSatisfy { BGPAuthKey.isAllowed($0) && !refusesInKey($0) }
    }

    /// The characters this vendor's CLI interprets inside a key, beyond ``BGPAuthKey/isAllowed(_:)``.
    package var keyCharactersRefused: String {
        switch self {
        case .bird: ""
        case .frr, .iosXE, .iosXR, .junos, .eos: "?"
        }
    }

    func refusesInKey(_ scalar: Unicode.Scalar) -> Bool {
        keyCharactersRefused.unicodeScalars.contains(scalar)
    }
}
