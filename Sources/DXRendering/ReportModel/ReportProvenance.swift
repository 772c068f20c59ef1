import DXAWS

/// Where the report's data comes from: the ip-ranges.json stamp and the dxplan version. No clock
/// is read, so the same inputs give a byte-identical report.
public struct ReportProvenance: Sendable, Equatable {
    public var syncToken: String
    public var createDate: String
    /// `embedded snapshot` or the file's name (not its full path, which varies between machines).
    public var ipRangesSource: String
    public var dxplanVersion: String
    /// The topology file as it was named on the command line.
    public var topologyFile: String

    public init(ranges: AWSIPRanges, topologyFile: String, version: String) {
        syncToken = ranges.syncToken
        createDate = ranges.createDate
        let source = ranges.source
        ipRangesSource = source.split(separator: "/").last.map(String.init) ?? source
        dxplanVersion = version
        self.topologyFile = topologyFile
    }
}
