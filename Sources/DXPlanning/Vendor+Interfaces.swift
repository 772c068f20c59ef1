import DXModel

/// Interface naming per vendor: defaults when the topology gives no `interface`, LAG interfaces,
/// and the subinterface name for a VLAN.
extension Vendor {
    /// The default physical port name for the `index`-th connection of a router.
    func defaultPort(speed: PortSpeed, index: Int) -> String {
        let gigabits = speed.megabitsPerSecond / 1000
        switch self {
        case .frr, .bird: return "eth\(index + 1)"
        case .iosXE:
            return
                (gigabits >= 100
                ? "HundredGigE0/0/" : gigabits >= 10 ? "TenGigabitEthernet0/0/" : "GigabitEthernet0/0/") + String(index)
        case .iosXR:
            return
                (gigabits >= 400
                ? "FourHundredGigE0/0/0/"
                : gigabits >= 100 ? "HundredGigE0/0/0/" : gigabits >= 10 ? "TenGigE0/0/0/" : "GigabitEthernet0/0/0/")
                + String(index)
        case .junos: return (gigabits >= 100 ? "et-0/0/" : gigabits >= 10 ? "xe-0/0/" : "ge-0/0/") + String(index)
        case .eos: return "Ethernet\(index + 1)"
        }
    }

    /// The aggregated interface for the `index`-th LAG of a router.
    func lagInterface(index: Int) -> String {
        switch self {
        case .frr, .bird: "bond\(index)"
        case .iosXE: "Port-channel\(index + 1)"
        case .iosXR: "Bundle-Ether\(index + 1)"
        case .junos: "ae\(index)"
        case .eos: "Port-Channel\(index + 1)"
        }
    }

    /// The number members join for the `index`-th LAG (`channel-group N`, `bundle id N`, `aeN`).
    func lagNumber(index: Int) -> Int {
        switch self {
        case .frr, .bird, .junos: index
        case .iosXE, .iosXR, .eos: index + 1
        }
    }

    /// The name of the 802.1Q subinterface (or unit) for `vlan` on `parent`: `PARENT.VLAN` for every
    /// vendor (a Junos logical unit is written the same way).
    public func subinterface(_ parent: String, vlan: Int) -> String {
        "\(parent).\(vlan)"
    }

    /// Longest interface name the platform accepts, if limited (Linux IFNAMSIZ − 1).
    var maximumInterfaceNameLength: Int? {
        switch self {
        case .frr, .bird: 15
        case .iosXE, .iosXR, .junos, .eos: nil
        }
    }
}
