import DXInput
import DXModel

/// One box of the topology diagram.
public struct DiagramNode: Sendable, Equatable {
    /// The diagram's columns, left to right: the Internet beside the routers, then the path to AWS.
    public enum Column: Int, Sendable, CaseIterable, Comparable {
        case internet, router, link, location, region

        public var title: String {
            switch self {
            case .internet: "ISPs"
            case .router: "Customer routers"
            case .link: "Connections / LAGs"
            case .location: "Direct Connect locations"
            case .region: "AWS Regions"
            }
        }

        public static func < (lhs: Column, rhs: Column) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// Stable within one diagram, e.g. `router:edge-1`.
    public var id: String
    public var column: Column
    public var title: String
    /// Further lines under the title (VIFs, speeds, Region names).
    public var details: [String]
    /// The Amazon Connect instance's Region, drawn highlighted.
    public var isConnectRegion: Bool

    public init(id: String, column: Column, title: String, details: [String] = [], isConnectRegion: Bool = false) {
        self.id = id
        self.column = column
        self.title = title
        self.details = details
        self.isConnectRegion = isConnectRegion
    }
}
