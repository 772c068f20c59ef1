// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "dxplan",
    products: [
        .library(name: "DXPlanner", targets: ["DXPlanner"]),
        .executable(name: "dxplan", targets: ["dxplan"]),
    ],
    targets: [
        .target(name: "DXPlanner", resources: [.copy("Resources/ip-ranges.json")]),
        .executableTarget(name: "dxplan", dependencies: ["DXPlanner"]),
        .testTarget(name: "DXPlannerTests", dependencies: ["DXPlanner"], exclude: ["Golden/Report"]),
    ]
)
