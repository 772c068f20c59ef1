import DXTestSupport
import Foundation
import Testing

/// What the lab needs: root, working `ip netns`, and the daemons. Missing parts fail the test
/// under `CI=true` and skip it with a printed reason elsewhere (README, "Two commands").
enum LabRequirements {
    /// Paths of the programs the lab runs, by name.
    struct Tools {
        var paths: [String: String]
        func callAsFunction(_ name: String) -> String { paths[name]! }
    }

    static let frrTools = ["zebra", "bgpd", "staticd", "bfdd", "vtysh"]
    static let birdTools = ["bird", "birdc"]
    static let gobgpTools = ["gobgpd", "gobgp"]

    /// The tools, or nil after reporting why the lab cannot run.
    static func tools(
        _ names: [String], needsNamespaces: Bool, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) -> Tools? {
        var paths: [String: String] = [:]
        var missing: [String] = []
        for name in names + (needsNamespaces ? ["ip"] : []) {
            if let path = LabCommand.find(name) { paths[name] = path } else { missing.append(name) }
        }
        guard missing.isEmpty else {
            SharedTestData.unavailable(
                "lab tools not installed: \(missing.joined(separator: ", ")) (apt-get install frr bird2 gobgpd iproute2)",
                sourceLocation: sourceLocation)
            return nil
        }
        if needsNamespaces {
            guard getuid() == 0 else {
                SharedTestData.unavailable("the lab needs root for network namespaces", sourceLocation: sourceLocation)
                return nil
            }
            // Unique per call: lab suites run in parallel and probe at the same time.
            let probe = LabNamespace.uniqueName("probe")
            let added = (try? LabCommand.run(paths["ip"]!, ["netns", "add", probe], timeout: 10))?.succeeded ?? false
            _ = try? LabCommand.run(paths["ip"]!, ["netns", "del", probe], timeout: 10)
            guard added else {
                SharedTestData.unavailable(
                    "`ip netns add` does not work here (no network namespace support)", sourceLocation: sourceLocation)
                return nil
            }
        }
        return Tools(paths: paths)
    }
}
