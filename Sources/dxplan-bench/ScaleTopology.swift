/// A generated topology with many public VIFs, for the scale benchmarks: two VIFs per dedicated
/// connection, connections spread over four locations in three Regions and two continents and
/// over four routers; every fifth VIF is IPv6; the inbound policies and local preferences vary,
/// so the VIFs do not all learn the same routes. Deterministic: the same count gives the same text.
enum ScaleTopology {
    /// (location, its home Region, local preference of its VIFs).
    static let sites: [(location: String, region: String, localPreference: Int)] = [
        ("EqDC2", "us-east-1", 200),
        ("Equinix CH2, Chicago, IL", "us-east-2", 150),
        ("EdgeConnex, Hillsboro, OR", "us-west-2", 150),
        ("Digital Realty FRA6, Frankfurt, Germany", "eu-central-1", 120),
    ]

    static let accepts = ["[region, continent, global]", "[region, continent]", "[region]"]

    /// The YAML text of a topology with `virtualInterfaces` public VIFs.
    static func yaml(virtualInterfaces: Int) -> String {
        var text = """
            name: scale-\(virtualInterfaces)
            customer:
              asn: 64497
              prefixes:
                - 198.51.100.0/24
                - 100.64.0.0/10
                - 2001:db8:100::/48
            connect:
              instance: scale
              region: us-east-1
              softphone: true
              media_less_ccp: false
              agent_source:
                - 198.51.100.0/26
                - 2001:db8:100:10::/64
              agents: 100
              shift_hours: 8
            routers:

            """
        for router in 1...4 {
            text += "  - name: edge-\(router)\n    vendor: frr\n    router_id: 198.51.100.\(router)\n"
        }
        text += "connections:\n"
        let connections = (virtualInterfaces + 1) / 2
        var vif = 0
        for connection in 0..<connections {
            let site = sites[connection % sites.count]
            text += """
                  - name: dx-\(connection)
                    type: dedicated
                    via: cross-connect
                    location: "\(site.location)"
                    region: \(site.region)
                    speed: 10Gbps
                    router: edge-\(connection % 4 + 1)
                    interface: eth\(connection)
                    transceiver: 10GBASE-LR
                    virtual_interfaces:

                """
            for slot in 0..<2 where vif < virtualInterfaces {
                text += virtualInterface(vif, vlan: 101 + slot, localPreference: site.localPreference)
                vif += 1
            }
        }
        text += """
            internet:
              - name: isp-a
                router: edge-1
                asn: 64510
                default_route: true
                local_preference: 100

            """
        return text
    }

    /// One public VIF; IPv4 link nets are /31s in 100.64.0.0/10, IPv6 ones /125s.
    static func virtualInterface(_ index: Int, vlan: Int, localPreference: Int) -> String {
        let ipv6 = index % 5 == 4
        let (customer, amazon, advertised): (String, String, String)
        if ipv6 {
            customer = "2001:db8:ffff:\(String(index, radix: 16))::2/125"
            amazon = "2001:db8:ffff:\(String(index, radix: 16))::1/125"
            advertised = "2001:db8:100::/48"
        } else {
            let host = 2 * index
            let base = "100.\(64 + host >> 16).\(host >> 8 & 255)."
            customer = base + "\(host & 255)/31"
            amazon = base + "\((host & 255) + 1)/31"
            advertised = "198.51.100.0/24"
        }
        return """
                  - name: pub-\(index)
                    type: public
                    vlan: \(vlan)
                    address_family: \(ipv6 ? "ipv6" : "ipv4")
                    customer_address: \(customer)
                    amazon_address: \(amazon)
                    bgp_auth_key: env:DX_KEY
                    bfd: true
                    accept: \(accepts[index % accepts.count])
                    local_preference: \(localPreference - index % 2 * 10)
                    advertise:
                      - prefix: \(advertised)
                        scope: continent

            """
    }
}
