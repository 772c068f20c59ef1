import DXInput
import DXModel
import DXPlanning

/// Spells a finished `RouterPlan` in one vendor's configuration syntax (Docs/Architecture.md:
/// renderers only spell a vendor-neutral plan). One exhaustive `switch`: a new `Vendor` case does
/// not compile until it has a renderer.
public enum ConfigRenderer {
    /// The configuration text for one router; after `--force`, opened by one comment line with the
    /// number of error findings overridden.
    public static func render(_ plan: RouterPlan) -> String {
        guard plan.overriddenErrors == 0 else {
            let count = plan.overriddenErrors
            let forced =
                "\(commentMarker(plan.vendor)) FORCED: rendered with --force despite \(count) error finding\(count == 1 ? "" : "s") (dxplan validate lists them); do not apply before fixing them\n"
            var unforced = plan
            unforced.overriddenErrors = 0
            return forced + render(unforced)
        }
        return switch plan.vendor {
        case .frr: FRRConfigRenderer.render(plan)
        case .bird: BIRDConfigRenderer.render(plan)
        case .iosXE: IOSXEConfigRenderer.render(plan)
        case .iosXR: IOSXRConfigRenderer.render(plan)
        case .junos: JunosConfigRenderer.render(plan)
        case .eos: EOSConfigRenderer.render(plan)
        }
    }

    /// Several routers' configurations in order, each after a separator comment naming its router
    /// (a single plan is returned as is).
    public static func render(_ plans: [RouterPlan]) -> String {
        guard plans.count > 1 else { return plans.first.map(render) ?? "" }
        return plans.map { plan in
            let marker = commentMarker(plan.vendor)
            let title = ConfigText.comment("router \(plan.routerName) (\(plan.vendor.displayName))")
            return "\(marker) ==================== \(title) ====================\n" + render(plan)
        }.joined(separator: "\n")
    }

    /// The line-comment marker of each vendor's configuration syntax.
    public static func commentMarker(_ vendor: Vendor) -> String {
        switch vendor {
        case .frr, .iosXE, .iosXR, .eos: "!"
        case .bird, .junos: "#"
        }
    }
}
