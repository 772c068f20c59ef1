import DXCore
import DXInput
import DXModel
import Foundation

/// Which ip-ranges.json a command uses: `--ip-ranges FILE`, else `$DXPLAN_IP_RANGES`, else the
/// snapshot embedded as a SwiftPM resource (Docs/UserGuide.md, "Keeping ip-ranges.json current").
public enum IPRangesSource {
    public static let environmentVariable = "DXPLAN_IP_RANGES"
    static let resourceBundleName = "dxplan_DXAWS.resources"
    static let resourceName = "ip-ranges.json"
    public static let embeddedName = "embedded snapshot"

    public static func load(option: String?, environment: [String: String]) throws(InputError) -> AWSIPRanges {
        if let path = option ?? environment[environmentVariable], !path.isEmpty {
            let ranges = try AWSIPRanges.load(path: path, origin: .commandLine)
            try IPRangesSanity.check(ranges, file: path, now: Int64(time(nil)))
            return ranges
        }
        return try embedded()
    }

    /// The embedded snapshot. The resource bundle sits beside the executable (or the test
    /// bundle); a binary copied elsewhere without it gets an error, not a crash.
    public static func embedded() throws(InputError) -> AWSIPRanges {
        guard let path = embeddedPath else {
            throw InputError(
                .missingSnapshot,
                "the embedded ip-ranges snapshot is missing (expected \(resourceBundleName)/\(resourceName) beside the dxplan executable); pass --ip-ranges FILE or set \(environmentVariable)",
                at: SourceLocation(file: embeddedName, line: 1, column: 1))
        }
        var ranges = try AWSIPRanges.parse(
            try InputFile.read(path, displayName: embeddedName, limit: AWSIPRanges.maximumFileSize), file: embeddedName)
        ranges.source = embeddedName
        return ranges
    }

    static var embeddedPath: String? {
        var folders: [URL] = []
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            folders.append(executable.deletingLastPathComponent())
        }
        folders.append(Bundle.main.bundleURL)
        for bundle in Bundle.allBundles {
            folders.append(bundle.bundleURL.deletingLastPathComponent())
        }
        for folder in folders {
            let candidate = folder.appendingPathComponent(resourceBundleName).appendingPathComponent(resourceName).path
            if FileManager.default.isReadableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
