import Testing

@testable import DXModel
@testable import DXPlanning

/// Which interface names each vendor can have (`interface-name-vendor`, Docs/Vendors.md).
@Suite struct VendorInterfaceNamingTests {
    static let native: [(Vendor, [String])] = [
        (.frr, ["eth0", "ens1f0", "bond0", "enp65s0f1np1", "eth1.2", "a-15-characters"]),
        (.bird, ["eth0", "ens1f1", "bond1"]),
        (
            .iosXE,
            [
                "GigabitEthernet0/0/0", "GigabitEthernet1", "TenGigabitEthernet0/1/0", "HundredGigE0/0/0",
                "TwentyFiveGigE1/0/1", "FortyGigabitEthernet1/0/49", "Port-channel1",
            ]
        ),
        (
            .iosXR,
            [
                "TenGigE0/0/0/0", "HundredGigE0/0/0/1", "GigabitEthernet0/0/0/0", "FourHundredGigE0/0/0/0",
                "TenGigE0/0/0/0/1", "Bundle-Ether1",
            ]
        ),
        (.junos, ["xe-0/0/0", "et-0/0/0", "ge-1/2/3", "xe-0/0/0:1", "mge-0/0/0", "ae0", "ae12"]),
        (.eos, ["Ethernet1", "Ethernet1/1", "Ethernet3/1/2", "Port-Channel1"]),
    ]

    static let foreign: [(Vendor, [String])] = [
        (.frr, ["GigabitEthernet0/0/0", "xe-0/0/0", "", ".", "..", "a-16-characters!", "eth0:1"]),
        (.bird, ["Ethernet1/1", "TenGigE0/0/0/0"]),
        (
            .iosXE,
            [
                "ens1f0", "eth1", "TenGigE0/0/0/0", "xe-0/0/0", "Port-Channel1", "GigabitEthernet",
                "GigabitEthernet0/0/0/0/0", "Ethernet1/a",
            ]
        ),
        (.iosXR, ["ens1f0", "GigabitEthernet0/0/0", "TenGigabitEthernet0/0/0/0", "Bundle-Ether", "Port-channel1"]),
        (.junos, ["ens1f0", "eth1", "xe-0/0", "xe0/0/0", "ae", "Ethernet1", "xe-0/0/0:", "gr-0/0/0"]),
        (.eos, ["ens1f0", "Et1", "Ethernet", "Port-channel1", "Ethernet1/1/1/1", "GigabitEthernet0/0/0"]),
    ]

    @Test func nativeNamesPass() {
        for (vendor, names) in Self.native {
            for name in names { #expect(vendor.isNativeInterfaceName(name), "\(vendor): \(name)") }
        }
    }

    @Test func foreignNamesFail() {
        for (vendor, names) in Self.foreign {
            for name in names { #expect(!vendor.isNativeInterfaceName(name), "\(vendor): \(name)") }
        }
    }

    /// The names dxplan itself generates (default ports, LAG interfaces) are native.
    @Test(arguments: Vendor.allCases)
    func generatedNamesAreNative(vendor: Vendor) {
        for speed in ["1Gbps", "10Gbps", "100Gbps", "400Gbps"].compactMap(PortSpeed.init) {
            for index in 0..<3 {
                let port = vendor.defaultPort(speed: speed, index: index)
                #expect(vendor.isNativeInterfaceName(port), "\(vendor): \(port)")
            }
        }
        for index in 0..<3 {
            #expect(vendor.isNativeInterfaceName(vendor.lagInterface(index: index)), "\(vendor)")
        }
    }
}
