import DXCore
import Foundation

/// Findings as a SARIF 2.1.0 log (`sarif`), the format CI code-scanning services read:
/// `dxplan validate --format sarif` and `dxplan simulate --format sarif` both write it here.
///
/// One run whose `tool.driver` names dxplan, its version (and `informationUri` once
/// ``ProductVersion/homepage`` is set) and the whole rule catalog
/// (``Rule/all``, in catalog order, so `ruleIndex` is stable), and one `results[]` entry per
/// finding in the findings' fixed order. Severities map to `level` by name (``Severity``).
/// Columns count Unicode scalars, so the run says `columnKind: unicodeCodePoints`. A finding
/// without a location points at the whole topology file (no `region`).
package enum SARIFLog {
    /// The schema of the 2.1.0 errata 01 (`sarif-schema`).
    package static let schema =
        "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

    /// The log of `findings` about the topology at `topologyPath`.
    package static func value(_ findings: [Finding], topologyPath: String, rules: [Rule] = Rule.all) -> JSONValue {
        let indexes = Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var driver: [String: JSONValue] = [
            "name": "dxplan",
            "version": .string(ProductVersion.current),
            "rules": .array(rules.map(descriptor)),
        ]
        if let homepage = ProductVersion.homepage { driver["informationUri"] = .string(homepage) }
        let run: JSONValue = [
            "tool": ["driver": .object(driver)],
            "columnKind": "unicodeCodePoints",
            "results": .array(findings.sorted().map { result($0, index: indexes[$0.id], topologyPath: topologyPath) }),
        ]
        return ["$schema": .string(schema), "version": "2.1.0", "runs": [run]]
    }

    /// The `reportingDescriptor` of one rule: its summary, its fix and sources as help, its severity.
    static func descriptor(_ rule: Rule) -> JSONValue {
        var help = "Fix: \(rule.fix)"
        if !rule.sources.isEmpty { help += "\nSources: \(rule.source)" }
        var members: [String: JSONValue] = [
            "id": .string(rule.id),
            "shortDescription": ["text": .string(rule.summary)],
            "fullDescription": ["text": .string(rule.summary + " Fix: " + rule.fix)],
            "help": ["text": .string(help)],
            "defaultConfiguration": ["level": .string(level(rule.severity))],
        ]
        if let page = rule.sources.map(\.url).first(where: { $0.hasPrefix("https://") }) {
            members["helpUri"] = .string(page)
        }
        return .object(members)
    }

    static func result(_ finding: Finding, index: Int?, topologyPath: String) -> JSONValue {
        var physical: [String: JSONValue] = [
            "artifactLocation": ["uri": .string(uri(finding.location?.file ?? topologyPath))]
        ]
        if let location = finding.location {
            physical["region"] = ["startLine": .int(location.line), "startColumn": .int(location.column)]
        }
        var members: [String: JSONValue] = [
            "ruleId": .string(finding.id),
            "level": .string(level(finding.severity)),
            "message": ["text": .string(finding.message)],
            "locations": [["physicalLocation": .object(physical)]],
            "properties": ["fix": .string(finding.fix)],
        ]
        if let index { members["ruleIndex"] = .int(index) }
        return .object(members)
    }

    /// `result.level` and `reportingConfiguration.level` for a severity.
    package static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }

    /// A path as a URI reference (RFC 3986): relative paths stay relative; characters outside
    /// the unreserved set and `/` are percent-encoded.
    package static func uri(_ path: String) -> String {
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }
}
