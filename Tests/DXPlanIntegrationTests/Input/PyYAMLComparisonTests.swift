import DXTestSupport
import Foundation
import Testing

@testable import DXAWS
@testable import DXCore
@testable import DXInput
@testable import DXModel
@testable import DXPlan
@testable import DXPlanning
@testable import DXRendering
@testable import DXRouting
@testable import DXSimulation
@testable import DXValidation

/// Compares the YAML reader with PyYAML's `safe_load` on Topologies/*.yaml and a generated corpus.
///
/// Plain scalars are mapped with `PyYAMLResolver`; the generator only emits plain scalars whose
/// YAML 1.1 type is unambiguous. Without python3 + PyYAML the tests skip (and fail when CI=true).
@Suite struct PyYAMLComparisonTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let script = """
        import sys, json, yaml
        def enc(v):
            if v is None or isinstance(v, bool): return v
            if isinstance(v, int): return {"int": str(v)}
            if isinstance(v, float): return {"float": repr(v)}
            if isinstance(v, str): return v
            if isinstance(v, list): return [enc(x) for x in v]
            if isinstance(v, dict): return {"map": [[enc(k), enc(x)] for k, x in v.items()]}
            return {"other": type(v).__name__ + ":" + str(v)}
        for path in open(sys.argv[1], encoding="utf-8").read().split("\\n"):
            if not path: continue
            try:
                with open(path, "rb") as f: v = yaml.safe_load(f.read())
                print(json.dumps({"ok": enc(v)}))
            except Exception as e:
                print(json.dumps({"error": str(e).replace("\\n", " ")}))
        """

    /// Runs PyYAML on `files`; nil (after recording why) when python3/PyYAML is unavailable.
    static func pyyamlLoad(_ files: [URL], in dir: URL) throws -> [YAMLNode]? {
        let scriptURL = dir.appendingPathComponent("load.py")
        let listURL = dir.appendingPathComponent("files.txt")
        try script.write(to: scriptURL, atomically: true, encoding: .utf8)
        try files.map(\.path).joined(separator: "\n").write(to: listURL, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", scriptURL.path, listURL.path]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return unavailable("cannot run python3: \(error)") }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            return unavailable("python3 with PyYAML is not available (exit status \(process.terminationStatus))")
        }
        let lines = data.split(separator: UInt8(ascii: "\n"))
        try #require(lines.count == files.count, "PyYAML printed \(lines.count) results for \(files.count) files")
        return try lines.map { try JSONReader.parse([UInt8]($0), file: "pyyaml-output") }
    }

    static func unavailable(_ reason: String) -> [YAMLNode]? {
        if ProcessInfo.processInfo.environment["CI"] == "true" {
            Issue.record("PyYAML comparison cannot run on CI: \(reason)")
        } else {
            print("Skipping PyYAML comparison: \(reason)")
        }
        return nil
    }

    static func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("dxplan-pyyaml-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Nil when equal, else a description of the first difference.
    /// `strict`: plain scalars PyYAML types as float/timestamp/… count as differences.
    static func difference(_ ours: YAMLNode, _ py: YAMLNode, strict: Bool, path: String = "$") -> String? {
        func pyString(_ node: YAMLNode) -> String? {
            if case .scalar(let s) = node.kind, s.style == .doubleQuoted { return s.text }
            return nil
        }
        func pyTagged(_ node: YAMLNode) -> (String, YAMLNode)? {
            if case .mapping(let e) = node.kind, e.count == 1 { return (e[0].key, e[0].value) }
            return nil
        }
        switch ours.kind {
        case .mapping(let entries):
            guard let (tag, value) = pyTagged(py), tag == "map", case .sequence(let pairs) = value.kind else {
                return "\(path): ours is a mapping, PyYAML gave \(py.outline)"
            }
            guard pairs.count == entries.count else {
                return "\(path): \(entries.count) keys, PyYAML has \(pairs.count)"
            }
            for (entry, pair) in zip(entries, pairs) {
                guard case .sequence(let kv) = pair.kind, kv.count == 2 else { return "\(path): bad pair" }
                guard pyString(kv[0]) == entry.key else {
                    return "\(path): key '\(entry.key)' vs PyYAML \(kv[0].outline)"
                }
                if let d = difference(entry.value, kv[1], strict: strict, path: path + "." + entry.key) { return d }
            }
            return nil
        case .sequence(let items):
            guard case .sequence(let pyItems) = py.kind, pyItems.count == items.count else {
                return "\(path): ours is a sequence of \(items.count), PyYAML gave \(py.outline)"
            }
            for (n, (a, b)) in zip(items, pyItems).enumerated() {
                if let d = difference(a, b, strict: strict, path: path + "[\(n)]") { return d }
            }
            return nil
        case .scalar(let s):
            let resolved = s.style == .plain ? PyYAMLResolver.resolve(plain: s.text) : .string(s.text)
            switch resolved {
            case .string(let text):
                return pyString(py) == text
                    ? nil : "\(path): \(s.text.debugDescription) vs PyYAML \(py.outline.debugDescription)"
            case .null:
                return py.outline == "null" ? nil : "\(path): null vs PyYAML \(py.outline)"
            case .bool(let b):
                return py.outline == (b ? "true" : "false") ? nil : "\(path): \(b) vs PyYAML \(py.outline)"
            case .int(let digits):
                if let (tag, v) = pyTagged(py), tag == "int", pyString(v) == digits { return nil }
                return "\(path): int \(digits) vs PyYAML \(py.outline)"
            case .other(let kind):
                if strict { return "\(path): ambiguous plain scalar '\(s.text)' (YAML 1.1 \(kind))" }
                return pyString(py) == nil ? nil : "\(path): '\(s.text)' is a \(kind) but PyYAML gave a string"
            }
        }
    }

    /// Writes `documents`, reads them with both readers, returns the failures.
    static func compare(_ documents: [(name: String, bytes: [UInt8])], strict: Bool) throws -> (
        compared: Int, failures: [String]
    )? {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var files: [URL] = []
        for (n, doc) in documents.enumerated() {
            let url = dir.appendingPathComponent(String(format: "doc%04d.yaml", n))
            try Data(doc.bytes).write(to: url)
            files.append(url)
        }
        guard let results = try pyyamlLoad(files, in: dir) else { return nil }
        var failures: [String] = []
        for (doc, result) in zip(documents, results) {
            let ours: YAMLNode
            do {
                ours = try YAMLReader.parse(doc.bytes, file: doc.name)
            } catch {
                failures.append("\(doc.name): we rejected it: \(error)")
                continue
            }
            guard case .mapping(let e) = result.kind, let top = e.first else { continue }
            if top.key == "error" {
                failures.append("\(doc.name): PyYAML rejected it: \(top.value.outline)")
            } else if let d = difference(ours, top.value, strict: strict) {
                failures.append("\(doc.name): \(d)")
            }
        }
        return (documents.count, failures)
    }

    @Test func topologyFilesMatchPyYAML() throws {
        let dir = Self.packageRoot.appendingPathComponent("Topologies")
        let names = (FileManager.default.enumerator(atPath: dir.path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        guard !names.isEmpty else {
            print("No Topologies/*.yaml files to compare yet")
            return
        }
        let docs = try names.map { name in
            (name: "Topologies/" + name, bytes: [UInt8](try Data(contentsOf: dir.appendingPathComponent(name))))
        }
        guard let (compared, failures) = try Self.compare(docs, strict: false) else { return }
        #expect(failures.isEmpty, "\(failures.count) of \(compared):\n\(failures.joined(separator: "\n"))")
    }

    @Test func generatedCorpusMatchesPyYAML() throws {
        var generator = YAMLCorpusGenerator(seed: 0x5EED_D1A1)
        var docs: [(name: String, bytes: [UInt8])] = []
        for n in 0..<600 {
            docs.append((name: "generated-\(n).yaml", bytes: Array(generator.document().utf8)))
        }
        guard let (compared, failures) = try Self.compare(docs, strict: true) else { return }
        print("PyYAML comparison: \(compared) generated documents, \(failures.count) differences")
        #expect(failures.isEmpty, "\(failures.count) of \(compared):\n\(failures.prefix(20).joined(separator: "\n"))")
    }

    @Test func generatedUnsupportedDocumentsAreRejected() {
        var generator = YAMLCorpusGenerator(seed: 0xBAD_F00D)
        var rejected = 0
        for n in 0..<300 {
            let (text, feature) = generator.unsupportedDocument()
            do {
                let node = try YAMLReader.parse(text, file: "bad-\(n).yaml")
                Issue.record("bad-\(n).yaml (\(feature)) was accepted as \(node.outline):\n\(text)")
            } catch {
                #expect(error.message.contains(feature), "bad-\(n).yaml: expected '\(feature)' in: \(error)\n\(text)")
                rejected += 1
            }
        }
        #expect(rejected == 300)
    }
}
