import DXCore
import DXModel

/// Runs every rule over a topology and collects all findings, sorted (STYLE.md habit 5).
///
/// Pure apart from `fileExists`, which is injected so tests need no files.
public struct TopologyValidator {
    public var topology: Topology
    /// Whether a path (already resolved against the topology's folder) can be read.
    public var fileExists: (String) -> Bool

    public init(topology: Topology, fileExists: @escaping (String) -> Bool) {
        self.topology = topology
        self.fileExists = fileExists
    }

    public func validate() -> [Finding] {
        var findings: [Finding] = []
        findings += ReferenceChecks(topology: topology, fileExists: fileExists).run()
        findings += ConnectionChecks(topology: topology).run()
        findings += VirtualInterfaceChecks(topology: topology).run()
        findings += PrefixChecks(topology: topology).run()
        findings += ConnectChecks(topology: topology).run()
        return Array(Set(findings)).sorted()
    }
}
