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

    public static let serviceFilterAggregate = Rule(
        "accept-services-aggregate", .info,
        "A prefix of `accept_services` lies inside a shorter AWS prefix that the services do not list. The service filter matches exact-or-longer, as AWS may advertise a listed prefix as more specifics; it never matches the shorter aggregate, so if AWS ever carried the listed range only inside that aggregate, the range would leave this VIF.",
        source: Citation("aws-ip-ranges-syntax", "ip_prefix: AWS may advertise a prefix in more specific ranges"),
        Citation("dx-routing-policies", "Longest Prefix Match determines the routing path"),
        fix:
            "Nothing to change while AWS advertises the listed prefixes; after `dxplan ranges update`, render again. To accept the aggregate too, add its service to `accept_services` or drop the filter."
    )

    static let configRules: [Rule] = [
        authKeyUnset, authKeyUnsafe, interfaceNameTooLong, ipv6PeerUnknown, serviceFilterAggregate,
    ]
}
