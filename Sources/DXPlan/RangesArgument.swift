import DXAWS
import DXModel

/// Loads the ip-ranges.json a command uses (`--ip-ranges`, `$DXPLAN_IP_RANGES`, or embedded),
/// printing an input error (exit status 2) when it cannot be used.
enum RangesArgument {
    static func load(path: String?, environment: [String: String], output: inout CommandOutput) -> AWSIPRanges? {
        do {
            return try IPRangesSource.load(option: path, environment: environment)
        } catch {
            output.err(error.description + "\n")
            output.status = .unusableInput
            return nil
        }
    }
}
