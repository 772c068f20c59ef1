import DXInput
import DXModel
import DXPlanning

/// Spells a finished `RouterPlan` in one vendor's configuration syntax (Docs/Architecture.md:
/// renderers only spell a vendor-neutral plan). One exhaustive `switch`: a new `Vendor` case does
/// not compile until it has a renderer.
public enum ConfigRenderer {
    /// The configuration text for one router; after `--force`, opened by one comment line with the
    /// number of error findings overridden.
    public static func render(_ plan: RouterPlan) -> String { render(plan, earlierInStream: []) }

    /// `earlierInStream`: the routers before this one in the same stream, whose BIRD daemon-wide
    /// protocols are not repeated (``BIRDConfigRenderer/render(_:earlierInStream:)``).
    static func render(_ plan: RouterPlan, earlierInStream: [RouterPlan]) -> String {
        guard plan.overriddenErrors == 0 else {
            let count = plan.overriddenErrors
            let forced =
                "\(commentMarker(plan.vendor)) FORCED: rendered with --force despite \(count) error finding\(count == 1 ? "" : "s") (dxplan validate lists them); do not apply before fixing them\n"
            var unforced = plan
            unforced.overriddenErrors = 0
            return forced + render(unforced, earlierInStream: earlierInStream)
        }
        return switch plan.vendor {
        case .frr: FRRConfigRenderer.render(plan)
        case .bird: BIRDConfigRenderer.render(plan, earlierInStream: earlierInStream)
        case .iosXE: IOSXEConfigRenderer.render(plan)
        case .iosXR: IOSXRConfigRenderer.render(plan)
        case .junos: JunosConfigRenderer.render(plan)
        case .eos: EOSConfigRenderer.render(plan)
        }
    }

    /// Several routers' configurations in order, each after a separator comment naming its router
    /// (a single plan is returned as is). The BIRD parts of the stream together parse with `bird -p`:
    /// their symbols carry the router's name, and the daemon-wide protocols are written once.
    public static func render(_ plans: [RouterPlan]) -> String {
        guard plans.count > 1 else { return plans.first.map(render) ?? "" }
        return plans.enumerated().map { index, plan in
            let marker = commentMarker(plan.vendor)
            let title = ConfigText.comment("router \(plan.routerName) (\(plan.vendor.displayName))")
            return "\(marker) ==================== \(title) ====================\n"
                + render(plan, earlierInStream: Array(plans[..<index]))
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
