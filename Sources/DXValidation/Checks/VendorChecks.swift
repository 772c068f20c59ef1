import DXAWS
import DXCore
import DXModel

/// What the router's own vendor needs of the topology: interface names it can have
/// (`interface-name-vendor`) and literal BGP keys its CLI stores as written
/// (`bgp-auth-key-unsafe`); both through ``VendorFindings``, as `dxplan config` checks them for the
/// vendor it renders (Docs/Vendors.md).
struct VendorChecks {
    var topology: Topology

    func run() -> [Finding] {
        var vendors: [String: Vendor] = [:]
        for router in topology.routers where vendors[router.name.value] == nil {
            vendors[router.name.value] = router.vendor.value
        }
        var findings: [Finding] = []
        for connection in topology.connections {
            guard let vendor = vendors[connection.router.value] else { continue }
            if let interface = connection.interface,
                let finding = VendorFindings.interfaceName(
                    interface.value, vendor: vendor, connection: connection.name.value, at: interface.location)
            {
                findings.append(finding)
            }
            for vif in connection.virtualInterfaces {
                for peer in vif.peers {
                    // A literal key of the wrong length is `bgp-auth-key-length` already.
                    guard let key = peer.bgpAuthKey, case .literal(let text) = key.value,
                        DirectConnectRules.bgpAuthKeyLength.contains(text.count),
                        let finding = VendorFindings.unsafeKey(
                            text, source: "the literal BGP key", virtualInterface: vif.name.value, vendor: vendor,
                            at: key.location)
                    else { continue }
                    findings.append(finding)
                }
            }
        }
        return findings
    }
}
