/// Rules checked while planning router configurations (issue #5).
extension Rule {
    public static let authKeyUnset = Rule(
        "bgp-auth-key-unset", .warning,
        "The environment variable named by `bgp_auth_key: env:NAME` is not set; the configuration carries a marked placeholder.",
        source: Citation("dx-welcome", "BGP MD5: AWS always enables it"),
        fix: "Export the variable with the key AWS shows for the VIF, then render again.")
    public static let authKeyUnsafe = Rule(
        "bgp-auth-key-unsafe", .error,
        "The key read from the environment is not 6–80 printable characters without spaces, quotes or backslashes; it cannot be written safely into every vendor's syntax.",
        source: Citation("dx-api-new-public-vif", "authKey"),
        fix: "Use a key of 6–80 letters, digits and punctuation other than quotes and backslashes.")
    public static let interfaceNameTooLong = Rule(
        "interface-name-too-long", .error,
        "A generated interface name is longer than the vendor allows (Linux: 15 characters).",
        source: Citation("linux-netdevice", "IFNAMSIZ is 16 bytes including the terminator"),
        fix: "Set a shorter `interface` on the connection.")
    public static let ipv6PeerUnknown = Rule(
        "ipv6-peer-unknown", .warning,
        "An IPv6 VIF has no peer addresses yet; the session is written with a placeholder comment.",
        source: vifPage,
        fix: "Copy the /125 addresses AWS assigns into `customer_address` and `amazon_address`.")

    static let configRules: [Rule] = [authKeyUnset, authKeyUnsafe, interfaceNameTooLong, ipv6PeerUnknown]
}
