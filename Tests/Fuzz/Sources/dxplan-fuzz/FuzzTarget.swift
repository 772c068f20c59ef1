import DXAWS
import DXCore
import DXInput
import DXModel
import DXRouting
import DXValidation
import Foundation

/// One parser under fuzz, chosen by `DXPLAN_FUZZ_TARGET` (read once per process).
enum FuzzTarget: String, CaseIterable {
    case yaml  // YAMLReader
    case json  // JSONReader
    case topology  // YAML or JSON reader, then TopologyDecoder and TopologyValidator
    case ipranges  // AWSIPRanges.parse, then IPRangesSanity
    case iprangesFast = "ipranges-fast"  // IPRangesFastReader agrees with the strict reader
    case table  // InternetTable.parse; errors stay one short line
    case values  // IPPrefix, IPAddress, InterfaceAddress, BGPCommunity, ASN, PortSpeed

    static let selected: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["DXPLAN_FUZZ_TARGET"] ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            let names = allCases.map(\.rawValue).joined(separator: ", ")
            FileHandle.standardError.write(Data("dxplan-fuzz: set DXPLAN_FUZZ_TARGET to one of \(names)\n".utf8))
            exit(64)
        }
        return target
    }()

    /// An error message is one printable line of bounded length, whatever the input.
    static func checkMessage(_ message: String) {
        precondition(message.utf8.count <= 1024, "error message of \(message.utf8.count) bytes")
        let unprintable = message.unicodeScalars.contains {
            $0.value < 0x20 || ($0.value >= 0x7F && $0.value < 0xA0) || $0 == "\u{202E}"
        }
        precondition(!unprintable, "error message with a control or bidirectional character")
    }

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
            do {
                let ranges = try AWSIPRanges.parse(bytes, file: "ip-ranges.json")
                _ = IPRangesSanity.problem(ranges, now: 1_790_000_000)
            } catch {
                Self.checkMessage(error.description)
            }
        case .iprangesFast:
            // The fast reader may decline anything, but what it accepts the strict reader must
            // accept identically.
            precondition(AWSIPRanges.readersAgree(bytes), "the fast and strict ip-ranges readers disagree")
        case .table:
            // Table files may be anything a topology names (/proc/self/environ, a .env file):
            // an error is one short line that names what was expected, not the bytes.
            do {
                _ = try InternetTable.parse(bytes, file: "table.txt")
            } catch {
                Self.checkMessage(error.description)
            }
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
