/// What `simulate` should do besides the base run.
public struct SimulationOptions: Sendable {
    /// Names removed before simulating (connections, VIFs, routers, LAGs, locations).
    public var failures: [String]
    /// Keep every learned route per VIF in the result (`--routes`).
    public var includeRoutes: Bool

    public init(failures: [String] = [], includeRoutes: Bool = false) {
        self.failures = failures
        self.includeRoutes = includeRoutes
    }
}
