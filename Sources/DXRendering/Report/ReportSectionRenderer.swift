import DXAWS
import DXModel
import DXSimulation

/// The sections of the architecture review (Docs/Report.md), each rendered by a format
/// (``ReportMarkdown``, ``ReportHTML``); their order and titles are defined once, here.
protocol ReportSectionRenderer {
    static func verdict(_ report: ReviewReport) -> String
    static func topology(_ report: ReviewReport) -> String
    static func checklist(_ report: ReviewReport) -> String
    static func connections(_ report: ReviewReport) -> String
    static func routes(_ report: ReviewReport) -> String
    static func destinations(_ report: ReviewReport) -> String
    static func returnPath(_ report: ReviewReport) -> String
    static func failures(_ report: ReviewReport) -> String
    static func findings(_ report: ReviewReport) -> String
    static func firewall(_ report: ReviewReport) -> String
    static func regionSelection(_ report: ReviewReport) -> String
    static func assumptions(_ report: ReviewReport) -> String
    static func provenance(_ report: ReviewReport) -> String
}

extension ReportSectionRenderer {
    /// Every section's title and body, in report order.
    static func sections(_ report: ReviewReport) -> [(title: String, body: String)] {
        [
            ("Verdict", verdict(report)), ("Topology", topology(report)), ("Whitepaper checklist", checklist(report)),
            ("Connections and resiliency", connections(report)), ("Routes learned per VIF", routes(report)),
            ("Amazon Connect destinations", destinations(report)), ("Return path", returnPath(report)),
            ("Failure matrix", failures(report)), ("Findings", findings(report)), ("Firewall guidance", firewall(report)),
            ("Region selection", regionSelection(report)), ("Modeling assumptions", assumptions(report)), ("Data provenance", provenance(report)),
        ]
    }
}
