// TEMPORARY: replaced by the vendors helper
/// Placeholder so the package compiles; the vendors helper writes the real renderer.
enum JunosConfigRenderer {
    static func render(_ plan: RouterPlan) -> String {
        "! TEMPORARY: Junos rendering for \(plan.routerName) is written by the vendors helper\n"
    }
}
