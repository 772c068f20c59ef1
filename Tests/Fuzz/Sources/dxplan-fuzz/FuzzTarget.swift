import DXAWS
import DXCore
import DXInput
import DXModel
import DXRouting
import DXValidation
import Foundation

/// One parser under fuzz, chosen by `DXPLAN_FUZZ_TARGET` (read once per process).
enum FuzzTarget: String, CaseIterable {
    case yaml        // YAMLReader
    case json        // JSONReader
    case topology    // YAML or JSON reader, then TopologyDecoder and TopologyValidator
    case ipranges    // AWSIPRanges.parse
    case table       // InternetTable.parse
    case values      // IPPrefix, IPAddress, InterfaceAddress, BGPCommunity, ASN, PortSpeed

    static let selected: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["DXPLAN_FUZZ_TARGET"] ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            let names = allCases.map(\.rawValue).joined(separator: ", ")
            FileHandle.standardError.write(Data("dxplan-fuzz: set DXPLAN_FUZZ_TARGET to one of \(names)\n".utf8))
            exit(64)
        }
        return target
    }()

    func run(_ bytes: [UInt8]) {
        switch self {
        case .yaml:
            _ = try? YAMLReader.parse(bytes, file: "fuzz.yaml")
        case .json:
            _ = try? JSONReader.parse(bytes, file: "fuzz.json")
        case .topology:
            // The first byte picks the syntax so one corpus exercises both readers.
            let file = bytes.first.map { $0 & 1 == 0 } ?? true ? "fuzz.yaml" : "fuzz.json"
            let body = Array(bytes.dropFirst())
            guard let root = try? TopologyDocumentReader.parse(body, file: file) else { return }
            guard let topology = try? TopologyDecoder.decode(root, file: file) else { return }
            _ = TopologyValidator(topology: topology, fileExists: { _ in false }).validate()
        case .ipranges:
            _ = try? AWSIPRanges.parse(bytes, file: "ip-ranges.json")
        case .table:
            _ = try? InternetTable.parse(bytes, file: "table.txt")
        case .values:
            let text = String(decoding: bytes, as: UTF8.self)
            _ = IPPrefix.parse(text)
            _ = IPAddress.parse(text)
            _ = InterfaceAddress.parse(text)
            _ = BGPCommunity.parse(text)
            _ = ASN.parse(text)
            _ = PortSpeed(text)
            if case .success(let prefix) = IPPrefix.parse(text) { _ = prefix.description }
            if case .success(let community) = BGPCommunity.parse(text) { _ = community.description }
        }
    }
}
