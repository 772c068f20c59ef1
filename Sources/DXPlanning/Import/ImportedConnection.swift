import DXModel

/// One connection of an imported topology, with its location resolved against the catalog.
package struct ImportedConnection: Sendable, Equatable {
    package var name: String
    package var awsID: String
    package var awsName: String?
    package var awsState: String?
    /// `dedicated` or `hosted`.
    package var type: String
    package var provider: String?
    /// The catalog name of the location when the AWS code is known, else the code as given.
    package var location: String?
    /// The AWS location code (`EqDC2`).
    package var locationCode: String?
    /// Whether ``location`` is a catalog name (false: the code as AWS gave it, unknown to the catalog).
    package var locationKnown: Bool
    package var region: String?
    /// nil when AWS gave no bandwidth (a placeholder is written).
    package var speed: PortSpeed?
    package var router: String
    package var lag: String?
    package var virtualInterfaces: [ImportedVirtualInterface]
    /// Comment lines written above the entry.
    package var notes: [String]

    package init(
        name: String, awsID: String, awsName: String?, awsState: String?, type: String, provider: String?,
        location: String?, locationCode: String?, locationKnown: Bool, region: String?, speed: PortSpeed?,
        router: String, lag: String?, virtualInterfaces: [ImportedVirtualInterface], notes: [String]
    ) {
        self.name = name
        self.awsID = awsID
        self.awsName = awsName
        self.awsState = awsState
        self.type = type
        self.provider = provider
        self.location = location
        self.locationCode = locationCode
        self.locationKnown = locationKnown
        self.region = region
        self.speed = speed
        self.router = router
        self.lag = lag
        self.virtualInterfaces = virtualInterfaces
        self.notes = notes
    }
}
