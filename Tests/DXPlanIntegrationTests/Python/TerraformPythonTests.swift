import DXTestSupport
import Foundation
import Testing

@testable import DXAWS
@testable import DXCore
@testable import DXModel
@testable import DXPlan
@testable import DXPlanning
@testable import DXRendering

/// `dxplan terraform` output read by python-hcl2 (PyPI `python-hcl2`, module `hcl2`): every
/// example topology parses, and every block type, resource type and argument name is one the
/// provider documents. Without python3 + hcl2 the test skips (and fails when CI=true).
@Suite struct TerraformPythonTests {
    /// Argument names per resource type, from the Terraform AWS provider's resource pages
    /// (Docs/Sources.md): `tf-aws-dx-connection`, `tf-aws-dx-lag`,
    /// `tf-aws-dx-connection-association`, `tf-aws-dx-connection-confirmation`,
    /// `tf-aws-dx-public-virtual-interface`, `tf-aws-dx-private-virtual-interface`,
    /// `tf-aws-dx-transit-virtual-interface`, `tf-aws-dx-hosted-public-virtual-interface`,
    /// `tf-aws-dx-hosted-public-virtual-interface-accepter`, `tf-aws-dx-bgp-peer`.
    static let documented: [String: Set<String>] = [
        "aws_dx_connection": ["name", "bandwidth", "location", "tags"],
        "aws_dx_lag": [
            "name", "connections_bandwidth", "location", "connection_id", "force_destroy", "provider_name", "tags",
        ],
        "aws_dx_connection_association": ["connection_id", "lag_id"],
        "aws_dx_connection_confirmation": ["connection_id"],
        "aws_dx_public_virtual_interface": [
            "address_family", "bgp_asn", "connection_id", "name", "vlan", "amazon_address", "bgp_auth_key",
            "customer_address", "route_filter_prefixes", "tags",
        ],
        "aws_dx_private_virtual_interface": [
            "address_family", "bgp_asn", "connection_id", "name", "vlan", "amazon_address", "mtu", "bgp_auth_key",
            "customer_address", "dx_gateway_id", "tags", "vpn_gateway_id",
        ],
        "aws_dx_transit_virtual_interface": [
            "address_family", "bgp_asn", "connection_id", "dx_gateway_id", "name", "vlan", "amazon_address",
            "bgp_auth_key", "customer_address", "mtu", "tags",
        ],
        "aws_dx_hosted_public_virtual_interface": [
            "region", "address_family", "bgp_asn", "connection_id", "name", "owner_account_id",
            "route_filter_prefixes", "vlan", "amazon_address", "bgp_auth_key", "customer_address",
        ],
        "aws_dx_hosted_public_virtual_interface_accepter": ["virtual_interface_id", "tags"],
        "aws_dx_bgp_peer": [
            "region", "address_family", "bgp_asn", "bgp_asn_long", "virtual_interface_id", "amazon_address",
            "bgp_auth_key", "customer_address",
        ],
    ]

    /// Prints `variable NAME ARGS…` and `resource TYPE NAME ARGS…` per block, and every string
    /// value decoded from HCL's escapes, one per line after `string `.
    static let script = """
        import sys, hcl2, re
        def unquote(raw):
            assert raw.startswith('"') and raw.endswith('"'), raw
            s = raw[1:-1]
            s = s.replace('$${', '\\x00D').replace('%%{', '\\x00P')
            assert '${' not in s and '%{' not in s, raw
            s = s.replace('\\x00D', '${').replace('\\x00P', '%{')
            out, i = [], 0
            while i < len(s):
                c = s[i]
                if c == '\\\\':
                    n = s[i + 1]
                    if n == 'u': out.append(chr(int(s[i + 2:i + 6], 16))); i += 6; continue
                    if n == 'U': out.append(chr(int(s[i + 2:i + 10], 16))); i += 10; continue
                    out.append({'n': '\\n', 'r': '\\r', 't': '\\t', '"': '"', '\\\\': '\\\\'}[n]); i += 2; continue
                assert c != '"', raw
                out.append(c); i += 1
            return ''.join(out)
        def strings(value):
            if isinstance(value, list):
                for v in value: yield from strings(v)
            elif isinstance(value, str) and value.startswith('"'):
                yield unquote(value)
        for path in sys.argv[1:]:
            with open(path, encoding='utf-8') as f:
                doc = hcl2.load(f)
            assert set(k for k in doc if not k.startswith('__')) <= {'variable', 'resource'}, doc.keys()
            for block in doc.get('variable', []):
                for name, body in block.items():
                    keys = sorted(k for k in body if not k.startswith('__'))
                    print('variable', name.strip('"'), *keys)
                    for s in strings(body.get('description')): print('string', repr(s))
            for block in doc.get('resource', []):
                for rtype, named in block.items():
                    for name, body in named.items():
                        keys = sorted(k for k in body if not k.startswith('__'))
                        assert re.fullmatch(r'[a-z][a-z0-9_]*', name.strip('"')), name
                        print('resource', rtype.strip('"'), name.strip('"'), *keys)
                        for k in keys:
                            for s in strings(body[k]): print('string', repr(s))
        """

    static func hcl2(_ files: [String]) throws -> [String]? {
        guard let python = SharedTestData.python() else { return nil }
        do {
            _ = try SharedTestData.runPython(python, script: "import hcl2", arguments: [])
        } catch {
            SharedTestData.unavailable("python3 module hcl2 (PyPI python-hcl2) is not installed")
            return nil
        }
        return try SharedTestData.runPython(python, script: script, arguments: files)
    }

    @Test func everyExampleParsesWithDocumentedNamesOnly() throws {
        let directory = try PackagePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let topologies = PackagePaths.root.appendingPathComponent("Topologies")
        let names = try FileManager.default.contentsOfDirectory(atPath: topologies.path).filter {
            $0.hasSuffix(".yaml")
        }
        .sorted()
        #expect(names.count >= 6)
        var files: [String] = []
        var expectedBlocks = 0
        for name in names {
            let file = directory.appendingPathComponent(name + ".tf").path
            let result = DXPlan.run(["terraform", topologies.appendingPathComponent(name).path, "-o", file])
            #expect(result.status == .success, "\(name): \(result.standardError)")
            files.append(file)
            let text = try String(contentsOfFile: file, encoding: .utf8)
            expectedBlocks +=
                text.split(separator: "\n").filter { $0.hasPrefix("resource ") || $0.hasPrefix("variable ") }
                .count
        }
        guard let lines = try Self.hcl2(files) else { return }
        let blocks = lines.filter { !$0.hasPrefix("string ") }
        #expect(blocks.count == expectedBlocks)
        var types: Set<String> = []
        for line in blocks {
            let words = line.split(separator: " ").map(String.init)
            if words[0] == "variable" {
                #expect(Set(words.dropFirst(2)).isSubset(of: ["description", "type", "sensitive"]), "\(line)")
                continue
            }
            let type = words[1]
            types.insert(type)
            let allowed = try #require(Self.documented[type], "undocumented resource type \(type)")
            let used = Set(words.dropFirst(3))
            #expect(used.isSubset(of: allowed), "\(type): \(used.subtracting(allowed).sorted())")
        }
        #expect(
            types == [
                "aws_dx_connection", "aws_dx_lag", "aws_dx_connection_association", "aws_dx_connection_confirmation",
                "aws_dx_public_virtual_interface", "aws_dx_bgp_peer",
            ])
    }

    @Test func hostileNamesRoundTripAsData() throws {
        var topology = try TopologyFixture.decode(TopologyFixture.minimal)
        let hostile =
            "x\"\n}\nresource \"aws_iam_user\" \"evil\" {\n  name = \"${file(\"/etc/passwd\")}%{if 1}\\\u{202e}é"
        topology.connections[0].name.value = hostile
        topology.connections[0].virtualInterfaces[0].name.value = hostile + "-vif"
        var transit = topology.connections[0].virtualInterfaces[0]
        transit.type.value = .private
        transit.name.value = "$${x}"
        topology.connections[0].virtualInterfaces.append(transit)
        let directory = try PackagePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("hostile.tf")
        try Data(TerraformHCL.render(TerraformPlanner.plan(ResolvedTopology(topology))).utf8).write(to: file)
        guard let lines = try Self.hcl2([file.path]) else { return }
        let blocks = lines.filter { !$0.hasPrefix("string ") }
        #expect(
            blocks.map { $0.split(separator: " ").prefix(2).joined(separator: " ") } == [
                "variable x_resource_aws_iam_user_evil_name_file_etc_passwd_if_1_vif_bgp_auth_key",
                "variable x_bgp_auth_key", "variable x_dx_gateway_id",
                "resource aws_dx_connection", "resource aws_dx_public_virtual_interface",
                "resource aws_dx_private_virtual_interface",
            ])
        let strings = lines.filter { $0.hasPrefix("string ") }
        #expect(strings.contains("string " + Self.pythonRepr(hostile)))
        #expect(strings.contains("string " + Self.pythonRepr("$${x}")))
    }

    /// Python's `repr` of a str with only the characters these tests use.
    static func pythonRepr(_ text: String) -> String {
        let quote = text.contains("'") && !text.contains("\"") ? "\"" : "'"
        var result = quote
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "'" where quote == "'": result += "\\'"
            case "\u{202e}": result += "\\u202e"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + quote
    }
}
