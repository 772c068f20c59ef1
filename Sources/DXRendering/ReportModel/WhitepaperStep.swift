/// One of the five steps of the whitepaper *AWS Direct Connect for Amazon Connect* (2022-11-02,
/// "Technical overview", `dx-connect-whitepaper-overview`), with a status derived from the topology and the
/// base simulation.
public struct WhitepaperStep: Sendable, Equatable {
    /// 1 to 5, in the whitepaper's order.
    public var number: Int
    public var title: String
    public var status: StepStatus
    /// Why the status is what it is, in one or two sentences naming the topology's objects.
    public var evidence: String

    public init(number: Int, title: String, status: StepStatus, evidence: String) {
        self.number = number
        self.title = title
        self.status = status
        self.evidence = evidence
    }
}
