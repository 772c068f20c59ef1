// swift-tools-version:6.0
import PackageDescription

// Layers, lowest first: each target may use only the targets listed before it (Docs/Architecture.md).
let core: [Target.Dependency] = ["DXCore"]
let model = core + ["DXModel"]
let input = model + ["DXInput"]
let aws = input + ["DXAWS"]
let simulation = aws + ["DXRouting", "DXSimulation"]
let planning = simulation + ["DXPlanning"]
let rendering = planning + ["DXValidation", "DXRendering"]
let commands = rendering + ["DXPlan"]

let package = Package(
    name: "dxplan",
    products: [
        // The layers, for the fuzz harness in Tests/Fuzz; the executable is the supported interface.
        .library(
            name: "DXPlan",
            targets: [
                "DXCore", "DXModel", "DXInput", "DXAWS", "DXRouting", "DXValidation", "DXSimulation", "DXPlanning",
                "DXRendering", "DXPlan",
            ]),
        .executable(name: "dxplan", targets: ["dxplan"]),
    ],
    targets: [
        .target(name: "DXCore"),
        .target(name: "DXModel", dependencies: core),
        .target(name: "DXInput", dependencies: model),
        .target(name: "DXAWS", dependencies: input, resources: [.copy("Resources/ip-ranges.json")]),
        .target(name: "DXRouting", dependencies: input),
        .target(name: "DXValidation", dependencies: aws + ["DXRouting"]),
        .target(name: "DXSimulation", dependencies: aws + ["DXRouting"]),
        .target(name: "DXPlanning", dependencies: simulation),
        .target(name: "DXRendering", dependencies: planning + ["DXValidation"]),
        .target(name: "DXPlan", dependencies: rendering),
        .executableTarget(name: "dxplan", dependencies: ["DXPlan"]),
        // Release-build measurements for Tests/Benchmarks/run.sh; not run by `swift test`.
        .executableTarget(name: "dxplan-bench", dependencies: commands),
        // Tests by level (Docs/Architecture.md): unit tests are pure and fast; CLI tests run the
        // commands in-process against golden files and the bad-input corpus; integration tests use
        // real parts (FRR, BIRD, GoBGP, nft, Chromium, Python, the vendor grammar check).
        .target(name: "DXTestSupport", dependencies: commands, path: "Tests/DXTestSupport"),
        .testTarget(name: "DXPlanUnitTests", dependencies: commands + ["DXTestSupport"]),
        .testTarget(
            name: "DXPlanCLITests", dependencies: commands + ["DXTestSupport"],
            exclude: ["Golden", "BadInputs", "ImportAWS", "Fixtures"]),
        .testTarget(
            name: "DXPlanIntegrationTests", dependencies: commands + ["DXTestSupport"], exclude: ["Lab/Topologies"]),
    ]
)
