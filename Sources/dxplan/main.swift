import DXPlan
import Foundation

let result = DXPlan.run(Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)
FileHandle.standardOutput.write(result.standardOutput.data(using: .utf8)!)
FileHandle.standardError.write(result.standardError.data(using: .utf8)!)
exit(result.status.rawValue)
