import DXAWS
import DXCore
import DXInput
import DXModel
import DXPlan
import DXPlanning
import DXRendering
import DXRouting
import DXSimulation
import DXValidation

/// A small valid topology as text, and helpers to decode and validate variations of it.
package enum TopologyFixture {
    package static let minimal = """
        name: Test site
        customer:
          asn: 64496
          prefixes:
            - 198.51.100.0/24
        connect:
          instance: test-site
          region: us-east-1
        routers:
          - name: edge-1
            vendor: frr
        connections:
          - name: dx-1
            type: dedicated
            location: EqDC2
            speed: 10Gbps
            router: edge-1
            virtual_interfaces:
              - name: pub-1
                type: public
                vlan: 101
                address_family: ipv4
                customer_address: 198.51.100.249/30
                amazon_address: 198.51.100.250/30
                bgp_auth_key: env:DX_KEY
                bfd: true
                advertise:
                  - prefix: 198.51.100.0/24
                    scope: continent

        """

    /// `minimal` with its one public VIF dual-stack: an IPv4 and an IPv6 peer on VLAN 101 (`bgp_peers`),
    /// one prefix of each family advertised.
    package static let dualStack = """
        name: Test site
        customer:
          asn: 64496
          prefixes:
            - 198.51.100.0/24
            - 2001:db8:100::/48
        connect:
          instance: test-site
          region: us-east-1
        routers:
          - name: edge-1
            vendor: frr
        connections:
          - name: dx-1
            type: dedicated
            location: EqDC2
            speed: 10Gbps
            router: edge-1
            virtual_interfaces:
              - name: pub-1
                type: public
                vlan: 101
                bgp_peers:
                  - address_family: ipv4
                    customer_address: 198.51.100.249/30
                    amazon_address: 198.51.100.250/30
                    bgp_auth_key: env:DX_KEY
                    bfd: true
                  - address_family: ipv6
                    customer_address: 2001:db8:1::1/125
                    amazon_address: 2001:db8:1::2/125
                    bgp_auth_key: env:DX_KEY6
                    bfd: true
                advertise:
                  - prefix: 198.51.100.0/24
                    scope: continent
                  - prefix: 2001:db8:100::/48
                    scope: continent

        """

    /// `dualStack` with the first occurrence of `old` replaced by `new`.
    package static func dualStackReplacing(_ old: String, with new: String) -> String {
        guard let range = dualStack.range(of: old) else { fatalError("fixture has no '\(old)'") }
        return dualStack.replacingCharacters(in: range, with: new)
    }

    /// `minimal` with the first occurrence of `old` replaced by `new`.
    package static func replacing(_ old: String, with new: String) -> String {
        guard let range = minimal.range(of: old) else { fatalError("fixture has no '\(old)'") }
        return minimal.replacingCharacters(in: range, with: new)
    }

    package static func decode(_ text: String, file: String = "site.yaml") throws -> Topology {
        let root = try YAMLReader.parse(text, file: file)
        return try TopologyDecoder.decode(root, file: file)
    }

    /// The decode errors of `text`, as printed.
    package static func errors(_ text: String) -> [String] {
        do {
            _ = try decode(text)
            return []
        } catch let error as InputErrors {
            return error.errors.map(\.description)
        } catch {
            return ["\(error)"]
        }
    }

    /// The findings of one rule, every referenced file taken to exist.
    package static func findings(_ text: String, rule id: String) throws -> [Finding] {
        let topology = try decode(text)
        return TopologyValidator(topology: topology, fileExists: { _ in true }).validate().filter { $0.id == id }
    }

    package static func findings(_ text: String, existingFiles: Set<String> = []) throws -> [Finding] {
        let topology = try decode(text)
        return TopologyValidator(topology: topology, fileExists: { existingFiles.contains($0) }).validate()
    }
}
