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

/// The fuzz harness's oracles on its seeds, in the normal suite: special-file contents
/// (`/proc/self/environ`, a `.env` file, zeros, nothing) and 60 kB values give one short,
/// printable error line; the fast ip-ranges reader agrees with the strict one.
@Suite struct FuzzSeedTests {
    static let seeds = PackagePaths.root.appendingPathComponent("Tests/Fuzz/Seeds")

    static func files(_ target: String) -> [URL] {
        let folder = seeds.appendingPathComponent(target)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().map { folder.appendingPathComponent($0) }
    }

    static func checkMessage(_ message: String, _ seed: URL) {
        #expect(message.utf8.count <= 1024, "\(seed.lastPathComponent)")
        #expect(
            !message.unicodeScalars.contains {
                $0.value < 0x20 || ($0.value >= 0x7F && $0.value < 0xA0) || $0 == "\u{202E}"
            },
            "\(seed.lastPathComponent): \(message.prefix(200))")
        #expect(!message.contains("s3cr3t"), "\(seed.lastPathComponent)")
    }

    @Test func tableSeedsGiveShortErrors() throws {
        let files = Self.files("table")
        #expect(files.count >= 10)
        for seed in files {
            let bytes = Array(try Data(contentsOf: seed))
            do {
                _ = try InternetTable.parse(bytes, file: "table.txt")
            } catch {
                Self.checkMessage(error.description, seed)
            }
        }
    }

    @Test func ipRangesSeedsAgreeAndGiveShortErrors() throws {
        let files = Self.files("ipranges-fast") + Self.files("ipranges")
        #expect(files.count >= 20)
        for seed in files {
            let bytes = Array(try Data(contentsOf: seed))
            #expect(AWSIPRanges.readersAgree(bytes), "\(seed.lastPathComponent)")
            do {
                _ = try AWSIPRanges.parse(bytes, file: "ip-ranges.json")
            } catch {
                Self.checkMessage(error.description, seed)
            }
        }
    }
}
