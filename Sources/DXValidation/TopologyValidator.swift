import DXAWS
import DXCore
import DXModel

/// Runs every rule over a topology and collects all findings, sorted (Docs/Architecture.md, Principles).
///
/// Pure apart from `fileExists`, which is injected so tests need no files.
public struct TopologyValidator {
    /// The topology with its sites and link groups resolved once (``ResolvedTopology``).
    public var resolved: ResolvedTopology
    public var topology: Topology { resolved.topology }
    /// Whether a path (already resolved against the topology's folder) can be read.
    public var fileExists: (String) -> Bool

    public init(topology: Topology, fileExists: @escaping (String) -> Bool) {
        self.init(resolved: ResolvedTopology(topology), fileExists: fileExists)
    }

    public init(resolved: ResolvedTopology, fileExists: @escaping (String) -> Bool) {
        self.resolved = resolved
        self.fileExists = fileExists
    }

    public func validate() -> [Finding] {
        var findings: [Finding] = []
        findings += ReferenceChecks(topology: topology, fileExists: fileExists).run()
        findings += ConnectionChecks(resolved: resolved).run()
        findings += VirtualInterfaceChecks(resolved: resolved).run()
        findings += PrefixChecks(resolved: resolved).run()
        findings += ConnectChecks(topology: topology).run()
        findings += VendorChecks(topology: topology).run()
        findings += ISPSessionChecks(topology: topology).run()
        findings += LoopbackChecks(topology: topology).run()
        return Array(Set(findings)).sorted()
    }
}
