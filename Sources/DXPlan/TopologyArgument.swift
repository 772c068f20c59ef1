import DXAWS
import DXCore
import DXInput
import DXModel

/// Loads the TOPOLOGY argument shared by most commands.
enum TopologyArgument {
    /// Loads the topology, printing input errors (exit status 2) when it cannot be used.
    static func load(_ path: String, output: inout CommandOutput) -> Topology? {
        do {
            return try TopologyDecoder.load(path: path)
        } catch {
            output.err(error.description + "\n")
            output.status = .unusableInput
            return nil
        }
    }
}
