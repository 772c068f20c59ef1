import DXAWS
import DXCore
import DXInput
import DXModel
import DXSimulation

/// The architecture review as one self-contained HTML5 file: inline CSS (with `@media print`),
/// inline SVG (``TopologyDiagramSVG``, ``RouteScopeChartSVG``), no script and nothing fetched — a
/// Content-Security-Policy of `default-src 'none'` makes browsers refuse any fetch. Every string
/// from the topology or ip-ranges goes through ``HTMLText/escape(_:)``.
public enum ReportHTML: ReportSectionRenderer {
    public static func render(_ report: ReviewReport) -> String {
        let sections = sections(report)
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="dxplan \(h(report.provenance.dxplanVersion))">
            <title>Architecture review: \(h(report.title))</title>
            <style>
            \(style)</style>
            </head>
            <body>
            <header>
            <h1>Architecture review: \(h(report.title))</h1>
            <p class="meta">Amazon Connect Region \(h(report.connectRegion)) · dxplan \(h(report.provenance.dxplanVersion)) · \(h(report.provenance.topologyFile)) · ip-ranges.json createDate \(h(report.provenance.createDate))</p>
            </header>
            <nav><ol>

            """
        for (index, section) in sections.enumerated() {
            html += "<li><a href=\"#s\(index + 1)\">\(section.title)</a></li>\n"
        }
        html += "</ol></nav>\n<main>\n"
        for (index, section) in sections.enumerated() {
            html += "<section id=\"s\(index + 1)\">\n<h2>\(index + 1). \(section.title)</h2>\n\(section.body)</section>\n"
        }
        html += "</main>\n</body>\n</html>\n"
        return html
    }

    static let style = """
        :root { color-scheme: light; }
        body { font: 14px/1.45 "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; color: #1b1f24; margin: 0 auto; max-width: 1180px; padding: 0 20px 40px; }
        h1 { font-size: 24px; margin: 24px 0 4px; } h2 { font-size: 19px; border-bottom: 2px solid #d0d7de; padding-bottom: 4px; margin-top: 32px; } h3 { font-size: 15px; }
        .meta { color: #57606a; margin: 0 0 12px; }
        nav ol { columns: 3; font-size: 13px; padding-left: 20px; } nav a { color: #0550ae; text-decoration: none; }
        table { border-collapse: collapse; margin: 8px 0 16px; width: 100%; font-size: 12.5px; }
        th, td { border: 1px solid #d0d7de; padding: 4px 6px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
        th { background: #f3f5f7; overflow-wrap: normal; }
        .ok, .bad, .warn { white-space: nowrap; } .ok { color: #116329; font-weight: bold; } .bad { color: #a40e26; font-weight: bold; } .warn { color: #7d4e00; font-weight: bold; }
        .verdict { border: 2px solid; border-radius: 8px; padding: 10px 14px; font-size: 17px; font-weight: bold; }
        .verdict.ok { border-color: #1a7f37; background: #dafbe1; } .verdict.bad { border-color: #cf222e; background: #ffebe9; }
        figure { margin: 8px 0; } svg.diagram { width: 100%; height: auto; } svg.chart { width: 100%; max-width: 760px; height: auto; } figcaption { color: #57606a; font-size: 12px; }
        svg text { font: 11px "DejaVu Sans", Helvetica, Arial, sans-serif; fill: #1b1f24; }
        svg .column { font-weight: bold; font-size: 12px; fill: #57606a; } svg .title { font-weight: bold; font-size: 12px; }
        svg .edge { stroke: #6e7781; stroke-width: 1.5; }
        svg .node rect { stroke: #57606a; stroke-width: 1; fill: #ffffff; }
        svg .internet rect { fill: #f6f8fa; } svg .router rect { fill: #ddf4ff; } svg .link rect { fill: #fff8c5; }
        svg .location rect { fill: #fbefff; } svg .region rect { fill: #dafbe1; } svg .connect rect { fill: #aceebb; stroke: #116329; stroke-width: 2.5; }
        svg .s8100 { fill: #0969da; } svg .s8200 { fill: #54aeff; } svg .untagged { fill: #b6e3ff; stroke: #0969da; stroke-width: 0.5; }
        ul { padding-left: 20px; } code { font-size: 12px; background: #f3f5f7; padding: 0 3px; }
        @media print {
          body { max-width: none; padding: 0; font-size: 11px; } nav { display: none; }
          h2 { break-after: avoid; } tr, figure, .verdict { break-inside: avoid; }
          a { color: inherit; text-decoration: none; } th { background: #eeeeee; }
          .verdict.ok, .verdict.bad { background: none; }
        }

        """

    static func h(_ text: String) -> String { HTMLText.escape(text) }
    static func yes(_ value: Bool) -> String { value ? "<span class=\"ok\">yes</span>" : "<span class=\"bad\">NO</span>" }

    /// A table; cells must already be escaped HTML.
    static func table(_ header: [String], _ rows: [[String]]) -> String {
        var html = "<table>\n<thead><tr>" + header.map { "<th>\($0)</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for row in rows { html += "<tr>" + row.map { "<td>\($0)</td>" }.joined() + "</tr>\n" }
        return html + "</tbody>\n</table>\n"
    }

    static func verdict(_ report: ReviewReport) -> String {
        let verdict = report.base.verdict
        let ok = verdict.connectOverDirectConnect
        var html = "<p class=\"verdict \(ok ? "ok" : "bad")\">Amazon Connect traffic is \(ok ? "" : "NOT ")over Direct Connect in both directions.</p>\n"
        let count = report.failureOutcomes.count
        html += table(["Check", "Over Direct Connect", "Detail"], [
            ["Forward (media and signaling to \(h(report.connectRegion)))", yes(verdict.forward), ReportShares.percent(ReportShares.verdictShare(report.base)) + " of the addresses"],
            ["Return (AWS in \(h(report.connectRegion)) to the agents)", yes(verdict.returnPath), "\(report.base.returnPath.filter(\.isOverDirectConnect).count) of \(report.base.returnPath.count) agent source prefixes"],
            ["Under every single failure (\(count))", count == 0 ? "n/a" : yes(report.survivesEverySingleFailure), "\(report.failureOutcomes.filter(\.connectOverDirectConnect).count) of \(count) failures keep both directions"],
        ])
        let errors = report.findings(.error).count
        html += "<p>Exit status \(report.isSuccess ? 0 : 1): \(errors) error finding\(errors == 1 ? "" : "s"); resiliency level \(report.resiliency.rawValue).</p>\n"
        return html
    }

    static func topology(_ report: ReviewReport) -> String {
        "<figure>\n" + TopologyDiagramSVG.render(report.diagram)
            + "<figcaption>ISPs → customer routers → connections or LAGs (with their VIFs) → Direct Connect locations → home Regions. The Amazon Connect Region is highlighted; a dashed curve is the AWS network between Regions.</figcaption>\n</figure>\n"
    }

    static func status(_ step: WhitepaperStep) -> String {
        switch step.status {
        case .done: "<span class=\"ok\">done</span>"
        case .attention: "<span class=\"warn\">check</span>"
        case .missing: "<span class=\"bad\">missing</span>"
        }
    }

    static func checklist(_ report: ReviewReport) -> String {
        "<p>The five steps of the whitepaper <a href=\"\(h(Citation("dx-connect-whitepaper-overview").url))\">AWS Direct Connect for Amazon Connect</a>, Technical overview, checked against the topology and the simulation.</p>\n"
            + table(["Step", "Status", "Evidence"], report.steps.map { ["\($0.number). \(h($0.title))", status($0), h($0.evidence)] })
    }

    static func connections(_ report: ReviewReport) -> String {
        var html = "<p>Resiliency level (<a href=\"https://docs.aws.amazon.com/directconnect/latest/UserGuide/resiliency_toolkit.html\">AWS Direct Connect Resiliency Toolkit</a>): <strong>\(report.resiliency.rawValue)</strong>. \(h(ReviewReport.describe(report.resiliency)))</p>\n"
        html += table(["Connection", "Type", "Speed", "Via", "Provider", "Location", "Home Region", "Router", "LAG", "MACsec"], report.connections.map { c in
            [h(c.name), c.type, h(c.speed), c.path, h(c.provider ?? "-"), h(c.location ?? "-"), h(c.homeRegion ?? "-"), h(c.router), h(c.lag ?? "-"), c.macsec.map { $0 ? "on" : "off" } ?? "-"]
        })
        let vifs = report.connections.flatMap { c in c.interfaces.map { (c, $0) } }
        html += table(["VIF", "Connection", "Type", "VLAN", "Family", "BGP MD5 key", "BFD", "Accept", "Local-pref", "Advertised"], vifs.map { c, vif in
            [h(vif.name), h(c.name), vif.type, String(vif.vlan), vif.family, h(vif.authKey), vif.bfd ? "on" : "off", vif.accept.joined(separator: ", "), String(vif.localPreference), vif.advertised.map(h).joined(separator: "<br>")]
        })
        return html
    }

    static func routes(_ report: ReviewReport) -> String {
        let interfaces = report.base.interfaces
        let rows = interfaces.map { (name: $0.name, region: $0.learnedByScope[.region] ?? 0, continent: $0.learnedByScope[.continent] ?? 0, global: $0.learnedByScope[.global] ?? 0) }
        var html = "<p>Routes each public VIF keeps, by the community AWS tags them with: 7224:8100 from the location's home Region, 7224:8200 from its continent, untagged from other continents and GLOBAL.</p>\n"
        html += "<figure>\n" + RouteScopeChartSVG.render(rows) + "</figure>\n"
        html += table(["VIF", "Location", "Home Region", "8100", "8200", "Untagged", "Learned", "AWS advertises", "Recommended max-prefix"], interfaces.map { i in
            [h(i.name), h(i.location ?? "-"), h(i.homeRegion ?? "-"), String(i.learnedByScope[.region] ?? 0), String(i.learnedByScope[.continent] ?? 0), String(i.learnedByScope[.global] ?? 0),
             String(i.learned[i.family] ?? 0), String(i.advertisedByAWS[i.family] ?? 0), String(i.recommendedMaxPrefixes)]
        })
        return html
    }

    static func destinations(_ report: ReviewReport) -> String {
        var html = "<p>Media (AMAZON_CONNECT) and signaling (EC2) of the instance Region are in the verdict; the GLOBAL AMAZON_CONNECT range and CloudFront are reported as shares.</p>\n"
        html += table(["Role", "Service", "Region", "Family", "Ranges", "Addresses", "Over Direct Connect", "In verdict"], report.destinations.map { d in
            [d.role.rawValue, h(d.service), h(d.region), d.family.rawValue, String(d.ranges), SimulationText.addresses(d.addresses), ReportShares.percent(d.directConnectShare), d.role.isInVerdict ? "yes" : "no"]
        })
        let segments = report.offPathSegments
        if segments.isEmpty {
            html += "<p>Every segment of every Amazon Connect range is delivered over Direct Connect.</p>\n"
        } else {
            html += "<h3>Segments not over Direct Connect (\(segments.count)\(segments.count > 50 ? ", first 50 shown" : ""))</h3>\n"
            html += table(["Segment", "Range", "Role", "Path", "Reason"], segments.prefix(50).map { s in
                [h(s.segment), h(s.range), s.role.rawValue, h(s.path), h(s.reason)]
            })
        }
        return html
    }

    static func returnPath(_ report: ReviewReport) -> String {
        "<p>How AWS in \(h(report.connectRegion)) reaches each agent source prefix: over the public VIFs whose advertised scope reaches the Region, else over the Internet.</p>\n"
            + table(["Agent source", "Advertised as", "Via", "Reason"], report.base.returnPath.map { p in
                [h(p.agentSource.description), h(p.advertisedPrefix?.description ?? "-"), p.via.isEmpty ? "<span class=\"bad\">Internet</span>" : h(p.via.joined(separator: ", ")), h(p.reason)]
            })
    }

    static func failures(_ report: ReviewReport) -> String {
        let rows = ([FailureOutcome(report.base)] + report.failureOutcomes).map { o in
            [o.failed.isEmpty ? "(none)" : h(o.failed.joined(separator: " + ")), yes(o.forward), yes(o.returnPath), yes(o.connectOverDirectConnect), ReportShares.percent(o.verdictShare)]
        }
        let summary = report.failureOutcomes.isEmpty ? "The topology has no single failure to simulate."
            : "Amazon Connect \(report.survivesEverySingleFailure ? "stays" : "does <strong>not</strong> stay") on Direct Connect under every single failure."
        return "<p>Each row removes one connection, LAG, VIF, router or location and simulates again.</p>\n"
            + table(["Failed", "Forward", "Return", "Connect over DX", "DX share (media + signaling)"], rows) + "<p>\(summary)</p>\n"
    }

    static func findings(_ report: ReviewReport) -> String {
        var html = "<p>\(report.findings(.error).count) errors, \(report.findings(.warning).count) warnings, \(report.findings(.info).count) notes. Rule ids are listed by <code>dxplan rules</code>.</p>\n"
        for (severity, title, css) in [(Severity.error, "Errors", "bad"), (.warning, "Warnings", "warn"), (.info, "Notes", "")] {
            let group = report.findings(severity)
            guard !group.isEmpty else { continue }
            html += "<h3 class=\"\(css)\">\(title) (\(group.count))</h3>\n"
            html += table(["Rule", "Where", "Finding", "Fix", "Source"], group.map { f in
                ["<code>\(h(f.id))</code>", h(f.location?.description ?? "-"), h(f.message), h(f.fix), h(f.rule.source)]
            })
        }
        return html
    }

    static func firewall(_ report: ReviewReport) -> String {
        let guidance = report.firewall
        var html = "<p>Allow-list for \(h(guidance.region)), Option 1 (domains, recommended by AWS) — <a href=\"\(h(Citation("connect-ccp-networking").url))\">\(h(Citation("connect-ccp-networking").title))</a>. This topology: \(guidance.stateful ? "stateful" : "stateless") firewall, \(h(guidance.allowList)) allow-list.</p>\n"
        html += table(["Domain", "Port", "Direction", "Note"], guidance.rules.map { [h($0.domain), $0.port, $0.direction, h($0.note)] })
        if !guidance.turnHosts.isEmpty {
            html += "<p>TURN hosts (3478/UDP): " + guidance.turnHosts.map(h).joined(separator: ", ") + ".</p>\n"
        }
        html += "<ul>\n" + guidance.notes.map { "<li>\(h($0))</li>\n" }.joined() + "</ul>\n"
        return html
    }

    static func regionSelection(_ report: ReviewReport) -> String {
        "<ul>\n" + report.regionGuidance.map { "<li>\(h($0.text)) <small>(Source: \(h($0.source)))</small></li>\n" }.joined() + "</ul>\n"
    }

    static func assumptions(_ report: ReviewReport) -> String {
        var html = "<p>Where AWS documentation is silent, dxplan makes a choice; dxplan's Docs/Assumptions.md explains each one.</p>\n"
        html += table(["Assumption", "Value", "Set by"], report.assumptions.map { [h($0.topic), h($0.value), $0.overridden ? "<strong>topology <code>assumptions:</code></strong>" : "default"] })
        if report.assumptionsSection && !report.assumptions.contains(where: \.overridden) {
            html += "<p>The topology has an <code>assumptions:</code> section that keeps the defaults.</p>\n"
        }
        return html
    }

    static func provenance(_ report: ReviewReport) -> String {
        let p = report.provenance
        return table(["Item", "Value"], [
            ["Topology file", h(p.topologyFile)], ["ip-ranges.json", h(p.ipRangesSource)], ["syncToken", h(p.syncToken)],
            ["createDate", h(p.createDate)], ["dxplan version", h(p.dxplanVersion)],
        ])
    }
}
