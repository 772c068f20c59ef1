// swift-tools-version:6.0
// libFuzzer harness for dxplan's parsers; its own package so `swift build` / `swift test` of the
// root package never compile it. Build and run with Tests/Fuzz/run.sh (see Docs/Robustness.md).
import PackageDescription

let package = Package(
    name: "dxplan-fuzz",
    dependencies: [.package(name: "dxplan", path: "../..")],
    targets: [
        .executableTarget(
            name: "dxplan-fuzz",
            dependencies: [.product(name: "DXPlan", package: "dxplan")],
            // No Swift top-level code: the entry points are C functions (FuzzEntry.swift).
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        )
    ]
)
