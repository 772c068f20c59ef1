// TEMPORARY: replaced by the vendors helper
/// Placeholder so the package compiles; the vendors helper writes the real renderer.
enum IOSXEConfigRenderer {
    static func render(_ plan: RouterPlan) -> String {
        "! TEMPORARY: IOSXE rendering for \(plan.routerName) is written by the vendors helper\n"
    }
}
