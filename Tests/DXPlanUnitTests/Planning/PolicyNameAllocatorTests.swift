import Testing

@testable import DXCore
@testable import DXModel
@testable import DXPlanning

/// Every policy-object name comes from one allocator: vendor limits checked there, names unique
/// per namespace, the same requests giving the same names.
@Suite struct PolicyNameAllocatorTests {
    @Test func namesOverTheVendorLimitAreErrorFindingsNeverTruncated() {
        let subject = String(repeating: "v", count: 60)
        let location = SourceLocation(file: "t.yaml", line: 3, column: 5)
        for vendor in [Vendor.iosXE, .iosXR, .eos] {
            var names = PolicyNameAllocator(vendor: vendor, routerName: "edge-1")
            let name = names.name(.routePolicy, "DX-IN", subject: subject, at: location)
            #expect(name == "DX-IN-" + subject)
            #expect(names.findings.map(\.id) == ["vendor-name-too-long"])
            #expect(names.findings.first?.severity == .error && names.findings.first?.location == location)
            #expect(names.findings.first?.message.contains("has 66 characters (limit 63)") == true)
            // Asking again gives the same name and no second finding.
            #expect(names.name(.routePolicy, "DX-IN", subject: subject, at: location) == name)
            #expect(names.findings.count == 1)
        }
        for vendor in [Vendor.frr, .bird, .junos] {
            var names = PolicyNameAllocator(vendor: vendor, routerName: "edge-1")
            _ = names.name(.routePolicy, "DX-IN", subject: subject)
            #expect(names.findings.isEmpty, "\(vendor)")
        }
        var junos = PolicyNameAllocator(vendor: .junos, routerName: "edge-1")
        _ = junos.name(.bgpGroup, "AWS-DX", subject: String(repeating: "j", count: 250))
        #expect(junos.findings.first?.message.hasPrefix("Juniper Junos BGP group name") == true)
    }

    @Test func namesAreUniquePerNamespace() {
        var names = PolicyNameAllocator(vendor: .iosXE, routerName: "edge-1")
        // `DX-OUT-a` + `10` and the VIF `a-10`'s export route-map spell alike, but in different
        // namespaces (prefix-list, route-map); two route-maps that spell alike get `-2`.
        #expect(names.name(.prefixSet, "DX-OUT", subject: "a", suffix: "10") == "DX-OUT-a-10")
        #expect(names.name(.routePolicy, "DX-OUT", subject: "a-10") == "DX-OUT-a-10")
        #expect(names.name(.routePolicy, "DX-OUT", subject: "a", suffix: "10") == "DX-OUT-a-10-2")
        // BIRD: one namespace, the router's name in every symbol.
        var bird = PolicyNameAllocator(vendor: .bird, routerName: "Edge-1")
        #expect(bird.name(.routePolicy, "DX-IN", subject: "a-b") == "dx_in_edge_1_a_b")
        #expect(bird.name(.routePolicy, "DX-IN", subject: "a_b") == "dx_in_edge_1_a_b_2")
        #expect(bird.name(.prefixSet, "DX-IN", subject: "a.b") == "dx_in_edge_1_a_b_3")
        #expect(bird.name(.routePolicy, "TO-ISP") == "dx_to_isp_edge_1")
    }

    @Test func theSameRequestsGiveTheSameNames() {
        func run() -> [String] {
            var names = PolicyNameAllocator(vendor: .bird, routerName: "r")
            return ["x-1", "x_1", "x.1", "x-1"].map { names.name(.routePolicy, "DX-IN", subject: $0) }
        }
        #expect(run() == run())
        #expect(run() == ["dx_in_r_x_1", "dx_in_r_x_1_2", "dx_in_r_x_1_3", "dx_in_r_x_1"])
    }
}
