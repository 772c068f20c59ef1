/// A topology with many public VIFs of varied policies, as `dxplan-bench scale` generates them:
/// two VIFs per connection, four locations in three Regions and two continents, four routers,
/// every fifth VIF IPv6, three `accept` variants, two local preferences per location; every
/// seventh IPv4 VIF advertises a prefix without the agents (the source filter drops its traffic).
package enum ManyVIFTopology {
    package static let sites: [(location: String, region: String, localPreference: Int)] = [
        ("EqDC2", "us-east-1", 200),
        ("Equinix CH2, Chicago, IL", "us-east-2", 150),
        ("EdgeConnex, Hillsboro, OR", "us-west-2", 150),
        ("Digital Realty FRA6, Frankfurt, Germany", "eu-central-1", 120),
    ]

    package static let accepts = ["[region, continent, global]", "[region, continent]", "[region]"]

    /// The text of a topology with `count` public VIFs; `services` adds `accept_services` to every
    /// third VIF, `lag` puts the connections of the first location on one LAG.
    package static func yaml(_ count: Int, services: Bool = false, lag: Bool = false) -> String {
        var text = """
            name: many-\(count)
            customer:
              asn: 64497
              prefixes:
                - 198.51.100.0/24
                - 2001:db8:100::/48
            connect:
              instance: many
              region: us-east-1
              agent_source:
                - 198.51.100.0/26
                - 2001:db8:100:10::/64
            routers:

            """
        for router in 1...4 { text += "  - name: edge-\(router)\n    vendor: frr\n" }
        text += "connections:\n"
        var vif = 0
        for connection in 0..<(count + 1) / 2 {
            let site = sites[connection % sites.count]
            text += "  - name: dx-\(connection)\n    type: dedicated\n    location: \"\(site.location)\"\n"
            text += "    region: \(site.region)\n    speed: 10Gbps\n    router: edge-\(connection % 4 + 1)\n"
            if lag, connection % sites.count == 0 { text += "    lag: lag-1\n" }
            text += "    virtual_interfaces:\n"
            for slot in 0..<2 where vif < count {
                text += virtualInterface(
                    vif, vlan: 101 + slot, localPreference: site.localPreference, services: services)
                vif += 1
            }
        }
        return text + "internet:\n  - name: isp-a\n    router: edge-1\n    asn: 64510\n    default_route: true\n"
    }

    package static func virtualInterface(_ index: Int, vlan: Int, localPreference: Int, services: Bool) -> String {
        let ipv6 = index % 5 == 4
        let hex = String(index, radix: 16)
        let host = 2 * index
        let base = "100.\(64 + host >> 16).\(host >> 8 & 255)."
        var text = """
                  - name: pub-\(index)
                    type: public
                    vlan: \(vlan)
                    address_family: \(ipv6 ? "ipv6" : "ipv4")
                    customer_address: \(ipv6 ? "2001:db8:ffff:\(hex)::2/125" : base + "\(host & 255)/31")
                    amazon_address: \(ipv6 ? "2001:db8:ffff:\(hex)::1/125" : base + "\((host & 255) + 1)/31")
                    bgp_auth_key: env:DX_KEY
                    accept: \(accepts[index % accepts.count])
                    local_preference: \(localPreference - index % 2 * 10)
                    advertise:
                      - prefix: \(ipv6 ? "2001:db8:100::/48" : index % 7 == 3 ? "203.0.113.0/24" : "198.51.100.0/24")
                        scope: continent

            """
        if services, index % 3 == 1 { text += "        accept_services: [AMAZON_CONNECT, EC2]\n" }
        return text
    }
}
