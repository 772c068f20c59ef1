import Testing

@testable import DXCore
@testable import DXInput
@testable import DXModel

/// Reading the JSON of `aws directconnect describe-*` (dx-api-describe-virtual-interfaces,
/// dx-api-describe-connections, dx-api-describe-lags): the fields dxplan maps, and errors that
/// name the JSON path without ever quoting a key.
@Suite struct DirectConnectDescribeOutputTests {
    static func vifs(_ body: String) throws(InputError) -> [DXVirtualInterfaceRecord] {
        try DirectConnectDescribeOutput.virtualInterfaces(
            Array("{\"virtualInterfaces\": [\(body)]}".utf8), file: "v.json")
    }

    static func error(_ body: String) -> InputError? {
        do {
            _ = try vifs(body)
            return nil
        } catch {
            return error
        }
    }

    static let minimal = #""virtualInterfaceId": "dxvif-1", "virtualInterfaceType": "public", "vlan": 101"#

    @Test func readsPeersPrefixesAndLongASN() throws {
        let records = try Self.vifs(
            """
            {\(Self.minimal), "asn": 0, "asnLong": 4200000000, "authKey": "SecretKeyNeverShown1",
             "addressFamily": "ipv4", "customerAddress": "198.51.100.1/30", "amazonAddress": "198.51.100.2/30",
             "routeFilterPrefixes": [{"cidr": "198.51.100.0/24, 203.0.113.0/24"}],
             "bgpPeers": [
               {"bgpPeerId": "p1", "addressFamily": "ipv4", "customerAddress": "198.51.100.1/30", "authKey": "k1", "bgpPeerState": "available"},
               {"bgpPeerId": "p2", "addressFamily": "ipv6", "bgpPeerState": "deleted"}]}
            """)
        let vif = try #require(records.first)
        #expect(vif.asn == ASN(4_200_000_000))
        #expect(vif.vlan == 101)
        #expect(vif.routeFilterPrefixes.map(\.description) == ["198.51.100.0/24", "203.0.113.0/24"])
        #expect(vif.peer.hasAuthKey)
        #expect(vif.bgpPeers.count == 2)
        #expect(vif.activePeers.map(\.id) == ["p1"])
        #expect(!String(describing: records).contains("SecretKeyNeverShown1"))
    }

    @Test func vifLevelFieldsAreThePeerWithoutBGPPeers() throws {
        let vif = try #require(
            Self.vifs("{\(Self.minimal), \"customerAddress\": \"2001:db8::1/125\"}").first)
        #expect(vif.activePeers.count == 1)
        #expect(vif.activePeers[0].effectiveFamily == .ipv6)
        #expect(!vif.activePeers[0].hasAuthKey)
    }

    @Test func errorsNameTheJSONPath() throws {
        let quoted = try #require(
            Self.error(#"{"virtualInterfaceId": "a", "virtualInterfaceType": "public", "vlan": "101"}"#))
        #expect(quoted.code == .wrongType)
        #expect(quoted.description.hasPrefix("v.json:1:"))
        #expect(
            quoted.message
                == #"$.virtualInterfaces[0].vlan: expected a whole number, found "101" (a number in quotes is text: remove the quotes)"#
        )
        let text = try #require(
            Self.error(
                "{\(Self.minimal)}, {\(Self.minimal)}, "
                    + #"{"virtualInterfaceId": "c", "virtualInterfaceType": "public", "vlan": "x"}"#))
        #expect(text.message == #"$.virtualInterfaces[2].vlan: expected a whole number, found "x""#)
        let range = try #require(
            Self.error(#"{"virtualInterfaceId": "a", "virtualInterfaceType": "public", "vlan": 5000}"#))
        #expect(range.message == "$.virtualInterfaces[0].vlan: 5000 is out of range (expected 0-4094)")
        let type = try #require(
            Self.error(#"{"virtualInterfaceId": "a", "virtualInterfaceType": "hosted", "vlan": 1}"#))
        #expect(type.message.hasPrefix("$.virtualInterfaces[0].virtualInterfaceType: unknown value 'hosted'"))
        let cidr = try #require(
            Self.error("{\(Self.minimal), \"routeFilterPrefixes\": [{\"cidr\": \"198.51.100.0/33\"}]}"))
        #expect(cidr.message.hasPrefix("$.virtualInterfaces[0].routeFilterPrefixes[0].cidr: "))
        let peer = try #require(Self.error("{\(Self.minimal), \"bgpPeers\": [{}, {\"addressFamily\": \"ipv5\"}]}"))
        #expect(peer.message.hasPrefix("$.virtualInterfaces[0].bgpPeers[1].addressFamily: unknown value 'ipv5'"))
        let missing = try #require(Self.error(#"{"virtualInterfaceType": "public", "vlan": 1}"#))
        #expect(missing.message == "$.virtualInterfaces[0]: missing 'virtualInterfaceId'")
    }

    @Test func aKeyOfTheWrongTypeIsNeverQuoted() throws {
        let error = try #require(Self.error("{\(Self.minimal), \"authKey\": 918273645546372819}"))
        #expect(error.message.hasPrefix("$.virtualInterfaces[0].authKey: expected a string"))
        #expect(!error.description.contains("918273645546372819"))
    }

    @Test func wrongTopLevelShapes() {
        #expect(throws: InputError.self) {
            try DirectConnectDescribeOutput.virtualInterfaces(Array("[]".utf8), file: "v.json")
        }
        do {
            _ = try DirectConnectDescribeOutput.connections(Array(#"{"lags": []}"#.utf8), file: "c.json")
            Issue.record("expected an error")
        } catch {
            #expect(error.message.contains("missing 'connections'"))
            #expect(error.message.contains("describe-connections"))
        }
    }

    @Test func connectionsAndLAGs() throws {
        let connections = try DirectConnectDescribeOutput.connections(
            Array(
                #"{"connections": [{"connectionId": "dxcon-1", "bandwidth": "500Mbps", "vlan": 312, "partnerName": "Colt"}, {"connectionId": "dxcon-2", "bandwidth": "10Gbps"}]}"#
                    .utf8), file: "c.json")
        #expect(connections.map(\.isHosted) == [true, false])
        #expect(connections[0].bandwidth == .mbps(500))
        let lags = try DirectConnectDescribeOutput.lags(
            Array(
                #"{"lags": [{"lagId": "dxlag-1", "lagName": "lag-a", "connectionsBandwidth": "10Gbps", "connections": [{"connectionId": "dxcon-3"}]}]}"#
                    .utf8), file: "l.json")
        #expect(lags[0].members.map(\.id) == ["dxcon-3"])
        #expect(lags[0].members[0].path == "$.lags[0].connections[0]")
        do {
            _ = try DirectConnectDescribeOutput.connections(
                Array(#"{"connections": [{"connectionId": "dxcon-1", "bandwidth": "10 Gbps"}]}"#.utf8), file: "c.json")
            Issue.record("expected an error")
        } catch {
            #expect(error.message.hasPrefix("$.connections[0].bandwidth: '10 Gbps' is not a bandwidth"))
        }
    }
}
