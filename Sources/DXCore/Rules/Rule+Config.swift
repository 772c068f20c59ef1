/// Rules checked while planning router configurations (issue #5).
extension Rule {
    public static let authKeyUnset = Rule(
        "bgp-auth-key-unset", .warning,
        "The environment variable named by `bgp_auth_key: env:NAME` is not set; the configuration carries a marked placeholder.",
        source: Citation("dx-welcome", "BGP MD5: AWS always enables it"),
        fix: "Export the variable with the key AWS shows for the VIF, then render again.")
    public static let authKeyUnsafe = Rule(
        "bgp-auth-key-unsafe", .error,
        "A BGP MD5 key (literal, or read from the environment) cannot be written into the router's configuration so that its CLI stores it as written: not 6–80 printable ASCII characters, or with a space, quote or backslash, or with a character the vendor's CLI interprets when pasted (`?` opens the help of Cisco IOS-XE, IOS-XR, Arista EOS, Junos and FRR's vtysh). The key is never printed.",
        source: Citation("dx-api-new-public-vif", "authKey"), Citation("cisco-ios-cli-help", "Getting Help: ?"),
        Citation("junos-cli-help", "type a question mark (?)"),
        Citation("quagga-cli-help", "To enter an actual ? character … use C-v ?"),
        Citation("dxplan-vendors", "BGP keys"),
        fix:
            "Set a new key on the VIF with 6–80 letters, digits and punctuation other than quotes, backslashes and '?' (Docs/Vendors.md, BGP keys)."
    )
    public static let interfaceNameTooLong = Rule(
        "interface-name-too-long", .error,
        "A generated interface name is longer than the vendor allows (Linux: 15 characters).",
        source: Citation("linux-netdevice", "IFNAMSIZ is 16 bytes including the terminator"),
        fix: "Set a shorter `interface` on the connection.")
    public static let interfaceNameVendor = Rule(
        "interface-name-vendor", .error,
        "A connection's `interface` cannot be an interface of the router's vendor (for example a Linux name such as `ens1f0` on Cisco IOS-XE, or `GigabitEthernet0/0/0` on FRR); the configuration would name a port the router does not have.",
        source: Citation("cisco-ios-interface", "interface type number"),
        Citation("cisco-iosxr-interfaces", "rack/slot/module/port"),
        Citation("junos-interface-naming", "type-fpc/pic/port; ae"),
        Citation("arista-eos-layer1", "Ethernet1/1"), Citation("linux-dev-valid-name", "dev_valid_name"),
        Citation("dxplan-vendors", "Interface names"),
        fix:
            "Write the port as the vendor names it (the finding gives the form), or map it for this rendering with `dxplan config --interface OLD=NEW`."
    )
    public static let ipv6PeerUnknown = Rule(
        "ipv6-peer-unknown", .warning,
        "An IPv6 VIF has no peer addresses yet; the session is written with a placeholder comment.",
        source: vifPage,
        fix: "Copy the /125 addresses AWS assigns into `customer_address` and `amazon_address`.")

    public static let serviceFilterAggregate = Rule(
        "accept-services-aggregate", .note,
        "A prefix of `accept_services` lies inside a shorter AWS prefix that the services do not list. The service filter matches exact-or-longer, as AWS may advertise a listed prefix as more specifics; it never matches the shorter aggregate, so if AWS ever carried the listed range only inside that aggregate, the range would leave this VIF.",
        source: Citation("aws-ip-ranges-syntax", "ip_prefix: AWS may advertise a prefix in more specific ranges"),
        Citation("dx-routing-policies", "Longest Prefix Match determines the routing path"),
        fix:
            "Nothing to change while AWS advertises the listed prefixes; after `dxplan ranges update`, render again. To accept the aggregate too, add its service to `accept_services` or drop the filter."
    )

    static let configRules: [Rule] = [
        authKeyUnset, authKeyUnsafe, interfaceNameTooLong, interfaceNameVendor, ipv6PeerUnknown, serviceFilterAggregate,
    ]
}
