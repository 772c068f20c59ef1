/// Which physical and aggregated interface names each vendor can have, for the
/// `interface-name-vendor` check (Docs/Vendors.md, "Interface names"). Subinterfaces (`.VLAN`, a
/// Junos `unit`) are added by the renderers and are not part of the name checked here.
///
/// Sources: `cisco-ios-interface` (IOS and IOS-XE `interface type number`, slot/subslot/port),
/// `cisco-iosxr-interfaces` (IOS-XR `type rack/slot/module/port`, `Bundle-Ether`),
/// `junos-interface-naming` (`type-fpc/pic/port`, `aeN`, an optional `:channel`),
/// `arista-eos-layer1` (`EthernetN`, `EthernetN/M` for the lanes of a port) and `arista-eos-manual`
/// (`Port-ChannelN`), `linux-dev-valid-name` (1–15 bytes, no `/`, `:` or whitespace, not `.` or `..`).
extension Vendor {
    /// Whether `name` can be one of this vendor's physical or aggregated interfaces.
    package func isNativeInterfaceName(_ name: String) -> Bool {
        switch self {
        case .frr, .bird:
            return Self.isLinuxInterfaceName(name)
        case .iosXE:
            return Self.matches(name, prefixes: Self.iosXEPorts, numbers: 1...4)
                || Self.matches(name, prefixes: ["Port-channel"], numbers: 1...1)
        case .iosXR:
            return Self.matches(name, prefixes: Self.iosXRPorts, numbers: 4...5)
                || Self.matches(name, prefixes: ["Bundle-Ether"], numbers: 1...1)
        case .junos:
            return Self.isJunosPort(name) || Self.matches(name, prefixes: ["ae"], numbers: 1...1)
        case .eos:
            return Self.matches(name, prefixes: ["Ethernet"], numbers: 1...3)
                || Self.matches(name, prefixes: ["Port-Channel"], numbers: 1...1)
        }
    }

    /// The expected form, for the finding's message.
    package var interfaceNameForm: String {
        switch self {
        case .frr, .bird:
            "a Linux interface name of 1–15 characters without '/', ':' or whitespace (e.g. eth0, ens1f0, bond0)"
        case .iosXE:
            "TYPE slot/subslot/port, e.g. GigabitEthernet0/0/0, TenGigabitEthernet0/1/0, HundredGigE0/0/0, or Port-channel1"
        case .iosXR:
            "TYPE rack/slot/module/port, e.g. TenGigE0/0/0/0, HundredGigE0/0/0/1, or Bundle-Ether1"
        case .junos: "TYPE-fpc/pic/port, e.g. ge-0/0/0, xe-0/0/0, et-0/0/0, or ae0"
        case .eos: "Ethernet1, Ethernet1/1 or Port-Channel1"
        }
    }

    /// The Ethernet port types of IOS-XE (longest first, so a prefix never shadows a longer one).
    static let iosXEPorts = [
        "FourHundredGigE", "TwoHundredGigE", "HundredGigE", "FiftyGigabitEthernet", "FortyGigabitEthernet",
        "TwentyFiveGigE", "TenGigabitEthernet", "FiveGigabitEthernet", "TwoGigabitEthernet", "GigabitEthernet",
        "FastEthernet", "Ethernet",
    ]

    /// The Ethernet port types of IOS-XR.
    static let iosXRPorts = [
        "EightHundredGigE", "FourHundredGigE", "TwoHundredGigE", "HundredGigE", "FiftyGigE", "FortyGigE",
        "TwentyFiveGigE", "TenGigE", "GigabitEthernet",
    ]

    /// The Ethernet media types of Junos (`fe`, `ge`, `mge`, `xe`, `et`).
    static let junosPorts = ["mge", "fe", "ge", "xe", "et"]

    /// `PREFIX` followed by `numbers` decimal numbers separated by `/`.
    static func matches(_ name: String, prefixes: [String], numbers: ClosedRange<Int>) -> Bool {
        for prefix in prefixes where name.hasPrefix(prefix) {
            return isNumberPath(name.dropFirst(prefix.count), count: numbers)
        }
        return false
    }

    /// `N/N/…` with a count of numbers in `count`, each 1–5 digits.
    static func isNumberPath(_ text: Substring, count: ClosedRange<Int>) -> Bool {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        return count.contains(parts.count)
            && parts.allSatisfy { part in
                (1...5).contains(part.count) && part.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
            }
    }

    /// `type-fpc/pic/port`, optionally `:channel` (a channelized port such as `xe-0/0/0:1`).
    static func isJunosPort(_ name: String) -> Bool {
        guard let dash = name.firstIndex(of: "-"), junosPorts.contains(String(name[..<dash])) else { return false }
        let rest = name[name.index(after: dash)...]
        let pieces = rest.split(separator: ":", omittingEmptySubsequences: false)
        guard pieces.count <= 2, isNumberPath(pieces[0], count: 3...3) else { return false }
        return pieces.count == 1 || isNumberPath(pieces[1], count: 1...1)
    }

    /// Linux `dev_valid_name`: 1–15 bytes (IFNAMSIZ − 1), not `.` or `..`, no `/`, `:` or whitespace;
    /// dxplan also keeps it to printable ASCII.
    static func isLinuxInterfaceName(_ name: String) -> Bool {
        guard (1...15).contains(name.utf8.count), name != ".", name != ".." else { return false }
        return name.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value < 0x7F && $0 != "/" && $0 != ":" }
    }
}
