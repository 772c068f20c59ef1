import Foundation

/// Paths inside this package, found from this file's location.
package enum PackagePaths {
    /// The package root (the folder holding Package.swift).
    package static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    package static var topologies: URL { root.appendingPathComponent("Topologies") }

    /// The bad-input corpus and its `expected.txt` manifest (BadInputsTests).
    package static var badInputs: URL { root.appendingPathComponent("Tests/DXPlanCLITests/BadInputs") }

    /// The example topologies (`Topologies/*.yaml`), sorted.
    package static var exampleTopologies: [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: topologies.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted().map {
            topologies.appendingPathComponent($0)
        }
    }

    /// The offline vendor grammar check (`<package root>/../shared/tools/vendor-grammar-check/check`,
    /// its README there): Batfish's parsers for IOS-XE, IOS-XR, EOS and Junos.
    package static var vendorGrammarCheck: URL {
        root.deletingLastPathComponent().appendingPathComponent("shared/tools/vendor-grammar-check/check")
    }

    /// A fresh temporary directory for one test.
    package static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
