// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "dxplan",
    products: [
        .library(name: "DXPlanner", targets: ["DXPlanner"]),
        .executable(name: "dxplan", targets: ["dxplan"]),
        .executable(name: "dxplan-bench", targets: ["dxplan-bench"]),
    ],
    targets: [
        .target(name: "DXPlanner", resources: [.copy("Resources/ip-ranges.json")]),
        .executableTarget(name: "dxplan", dependencies: ["DXPlanner"]),
        // Release-build measurements for Tests/Benchmarks/run.sh; not run by `swift test`.
        .executableTarget(name: "dxplan-bench", dependencies: ["DXPlanner"]),
        .testTarget(name: "DXPlannerTests", dependencies: ["DXPlanner"], exclude: ["Lab/Topologies", "Golden", "BadInputs"]),
    ]
)
