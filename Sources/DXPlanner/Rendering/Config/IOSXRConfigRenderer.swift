// TEMPORARY: replaced by the vendors helper
/// Placeholder so the package compiles; the vendors helper writes the real renderer.
enum IOSXRConfigRenderer {
    static func render(_ plan: RouterPlan) -> String {
        "! TEMPORARY: IOSXR rendering for \(plan.routerName) is written by the vendors helper\n"
    }
}
