import DXModel

/// Name limits of the vendors' policy objects (route-maps, prefix lists, community lists, RPL
/// sets, policy statements, BGP groups). A planned name over the limit is a `vendor-name-too-long`
/// finding; names are never truncated (Docs/Vendors.md, "Known limits").
public enum VendorNameLimits {
    /// The longest policy-object name dxplan writes for `vendor`, or nil when unlimited here.
    ///
    /// Junos: 255 characters (Junos CLI reference, `policy-statement`). Cisco and Arista publish no
    /// single number for every object type; 63 is the conservative value of the NX-OS references
    /// (Docs/Vendors.md marks it unverified for IOS-XE, IOS-XR and EOS).
    public static func maximumNameLength(_ vendor: Vendor) -> Int? {
        switch vendor {
        case .iosXE, .iosXR, .eos: 63
        case .junos: 255
        case .frr, .bird: nil
        }
    }
}
