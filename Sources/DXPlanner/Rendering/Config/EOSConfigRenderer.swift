// TEMPORARY: replaced by the vendors helper
/// Placeholder so the package compiles; the vendors helper writes the real renderer.
enum EOSConfigRenderer {
    static func render(_ plan: RouterPlan) -> String {
        "! TEMPORARY: EOS rendering for \(plan.routerName) is written by the vendors helper\n"
    }
}
