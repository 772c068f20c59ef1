/// Rules checked while rendering vendor configurations (Cisco IOS-XE, IOS-XR, Junos, Arista EOS).
extension Rule {
    public static let vendorNameTooLong = Rule(
        "vendor-name-too-long", .error,
        "A route-policy, prefix-list or community-list name dxplan generates is longer than the vendor allows; it is never truncated.",
        source: Citation(
            "dxplan-vendors", "Known limits: Junos policy names 255 characters; Cisco and Arista 63, conservative"),
        fix: "Give the virtual interface a shorter name (the policy names are built from it).")

    static let vendorConfigRules: [Rule] = [vendorNameTooLong]
}
