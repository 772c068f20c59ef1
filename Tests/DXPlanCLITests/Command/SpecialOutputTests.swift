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

/// `-o` onto names and files that once crashed dxplan or were destroyed by it (issue 17, defects
/// 1 and 3): one-character relative names, symbolic links, character devices, FIFOs with and
/// without a reader, sockets, block devices, descriptor aliases, and concurrent writers.
@Suite struct SpecialOutputTests {
    @Test(arguments: [
        ("x", ".", "x"), (".", ".", "."), ("..", ".", ".."), ("/", "/", "/"), ("/x", "/", "x"),
        ("a/b", "a", "b"), ("a//b", "a", "b"), ("a/b/", "a", "b"), ("/a/b", "/a", "b"), ("", ".", ""),
    ])
    func pathTextSplitsWithoutFoundation(path: String, folder: String, last: String) {
        #expect(PathText.folder(of: path) == folder)
        #expect(PathText.lastComponent(of: path) == last)
    }

    static func workspace() throws -> (directory: URL, site: String, ranges: String) {
        let directory = try PackagePaths.temporaryDirectory()
        let (site, ranges) = try SimulationFixture.writeFiles(topology: SimulationFixture.base, in: directory)
        return (directory, site, ranges)
    }

    static func simulate(_ site: String, _ ranges: String, _ extra: [String] = []) -> CommandOutput {
        DXPlan.run(["simulate", site, "--ip-ranges", ranges] + extra, environment: ["DX_KEY": "key-12345"])
    }

    /// Defect 1: `-o x`, `-o .` and `DXPLAN_IP_RANGES=u` died with SIGILL in Foundation's path code.
    @Test func oneCharacterRelativeNamesNeverCrash() throws {
        let (directory, site, ranges) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: directory) }
        let expected = Self.simulate(site, ranges).standardOutput
        for command in [
            ["simulate", site, "--ip-ranges", ranges], ["report", site, "--ip-ranges", ranges],
            ["config", site, "--ip-ranges", ranges], ["allowlist", site, "--ip-ranges", ranges],
            ["ranges", "diff", ranges, ranges],
        ] {
            guard
                let written = try DXPlanProcess.run(
                    command + ["-o", "x"], in: directory, environment: ["DX_KEY": "key-12345"])
            else { return }
            let plain = DXPlan.run(command, environment: ["DX_KEY": "key-12345"])
            #expect(
                written.status == plain.status.rawValue && plain.status != .unusableInput,
                "\(command): \(written.standardError)")
            #expect(
                try String(contentsOf: directory.appendingPathComponent("x"), encoding: .utf8) == plain.standardOutput)
            guard
                let dot = try DXPlanProcess.run(
                    command + ["-o", "."], in: directory, environment: ["DX_KEY": "key-12345"])
            else { return }
            #expect(dot.status == 2, "\(command): \(dot.standardError)")
            #expect(
                dot.standardError.contains(".:1:1: error: cannot write '.': it is a directory"), "\(dot.standardError)")
        }
        guard
            let last = try DXPlanProcess.run(
                ["simulate", site, "--ip-ranges", ranges, "-o", "x"], in: directory,
                environment: ["DX_KEY": "key-12345"])
        else { return }
        #expect(last.status == 0)
        #expect(try String(contentsOf: directory.appendingPathComponent("x"), encoding: .utf8) == expected)
        // ranges update to a one-character name from the environment: a failed download, not a crash.
        guard
            let update = try DXPlanProcess.run(
                ["ranges", "update", "--url", "http://127.0.0.1:9/", "--timeout", "5"], in: directory,
                environment: ["DXPLAN_IP_RANGES": "u"])
        else { return }
        #expect(update.status == 2, "\(update.standardError)")
        #expect(update.standardError.contains("'u' was not created"), "\(update.standardError)")
    }

    @Test func symbolicLinkKeepsTheLinkAndReplacesItsTarget() throws {
        let (directory, site, ranges) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: directory) }
        let folder = directory.appendingPathComponent("links")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let real = directory.appendingPathComponent("real.txt").path
        try "old\n".write(toFile: real, atomically: true, encoding: .utf8)
        chmod(real, 0o640)
        let link = folder.appendingPathComponent("out.txt").path
        #expect(symlink("../real.txt", link) == 0)
        let chain = folder.appendingPathComponent("chain.txt").path
        #expect(symlink("out.txt", chain) == 0)
        let result = Self.simulate(site, ranges, ["-o", chain])
        #expect(result.status != .unusableInput, "\(result.standardError)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "../real.txt")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: chain) == "out.txt")
        #expect(try String(contentsOfFile: real, encoding: .utf8) == Self.simulate(site, ranges).standardOutput)
        var info = stat()
        #expect(stat(real, &info) == 0 && info.st_mode & 0o777 == 0o640)
        // A dangling link: its target is created, the link stays.
        let dangling = folder.appendingPathComponent("dangling.txt").path
        #expect(symlink("new.txt", dangling) == 0)
        #expect(Self.simulate(site, ranges, ["-o", dangling]).status != .unusableInput)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("new.txt").path))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: dangling) == "new.txt")
        // A loop is refused.
        let loop = folder.appendingPathComponent("loop").path
        #expect(symlink("loop", loop) == 0)
        let looped = Self.simulate(site, ranges, ["-o", loop])
        #expect(looped.status == .unusableInput)
        #expect(looped.standardError.contains("too many levels of symbolic links"))
        #expect(AtomicOutputTests.leftovers(in: folder).isEmpty && AtomicOutputTests.leftovers(in: directory).isEmpty)
    }

    /// Defect 3: as root, `-o /dev/null` renamed a regular file over the system's /dev/null.
    @Test func characterDeviceIsWrittenInPlace() throws {
        let (directory, site, ranges) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = Self.simulate(site, ranges, ["-o", "/dev/null"])
        #expect(result.status != .unusableInput, "\(result.standardError)")
        #expect(result.standardOutput.isEmpty)
        var info = stat()
        #expect(lstat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
        #expect(
            !FileManager.default.fileExists(atPath: "/dev/null.meta")
                && !FileManager.default.fileExists(atPath: "/dev/null.lock"))
        // /dev/stdout in a child process: the output arrives on standard output.
        guard
            let child = try DXPlanProcess.run(
                ["simulate", site, "--ip-ranges", ranges, "-o", "/dev/stdout"], in: directory,
                environment: ["DX_KEY": "key-12345"])
        else { return }
        #expect(child.status == 0, "\(child.standardError)")
        #expect(child.standardOutput == Self.simulate(site, ranges).standardOutput)
    }

    /// Defect 6: a FIFO is written into when it has a reader, and refused at once when not.
    @Test func fifoIsWrittenWhenReadAndRefusedWithoutReader() throws {
        let (directory, site, ranges) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: directory) }
        let fifo = directory.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let started = Date()
        let unread = Self.simulate(site, ranges, ["-o", fifo])
        #expect(unread.status == .unusableInput)
        #expect(unread.standardError.contains("no process is reading this FIFO"), "\(unread.standardError)")
        #expect(Date().timeIntervalSince(started) < 10)

        // A reader that is already there (opened without waiting for a writer).
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        #expect(reader >= 0)
        defer { close(reader) }
        let read = Self.simulate(site, ranges, ["-o", fifo])
        #expect(read.status != .unusableInput, "\(read.standardError)")
        _ = fcntl(reader, F_SETFL, fcntl(reader, F_GETFL) & ~O_NONBLOCK)
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = Foundation.read(reader, &buffer, buffer.count)
            if count <= 0 { break }
            received += buffer[..<count]
        }
        #expect(String(decoding: received, as: UTF8.self) == Self.simulate(site, ranges).standardOutput)
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
    }

    @Test func socketsAndBlockDevicesAreRefused() throws {
        let (directory, site, ranges) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: directory) }
        let socketPath = directory.appendingPathComponent("s.sock").path
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (index, byte) in socketPath.utf8.prefix(raw.count - 1).enumerated() { raw[index] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        #expect(bound == 0)
        let result = Self.simulate(site, ranges, ["-o", socketPath])
        #expect(result.status == .unusableInput)
        #expect(result.standardError.contains("it is a socket"), "\(result.standardError)")
        var info = stat()
        #expect(lstat(socketPath, &info) == 0 && info.st_mode & S_IFMT == S_IFSOCK)
        // A block device node (root only; the device numbers name no real disk).
        if geteuid() == 0 {
            let block = directory.appendingPathComponent("block").path
            #expect(mknod(block, S_IFBLK | 0o600, dev_t((7 << 8) | 200)) == 0)
            let refused = Self.simulate(site, ranges, ["-o", block])
            #expect(refused.status == .unusableInput)
            #expect(refused.standardError.contains("it is a block device"), "\(refused.standardError)")
            #expect(lstat(block, &info) == 0 && info.st_mode & S_IFMT == S_IFBLK)
        }
    }

    /// Concurrent writers to one file: every reader sees one whole version, never a mix.
    @Test func concurrentWritersStayWholeOrNothing() throws {
        let directory = try PackagePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("out.txt").path
        let versions = (0..<6).map {
            String(repeating: String(UnicodeScalar(UInt8(ascii: "a") + UInt8($0))), count: 50_000 + $0 * 1000)
        }
        try versions[0].write(toFile: target, atomically: true, encoding: .utf8)
        let lock = NSLock()
        nonisolated(unsafe) var torn = 0
        DispatchQueue.concurrentPerform(iterations: versions.count + 1) { worker in
            for _ in 0..<20 {
                if worker == versions.count {
                    let text = (try? String(contentsOfFile: target, encoding: .utf8)) ?? ""
                    if !versions.contains(text) { lock.withLock { torn += 1 } }
                } else {
                    try? AtomicFileWriter.write(versions[worker], to: target)
                }
            }
        }
        #expect(lock.withLock { torn } == 0)
        #expect(versions.contains(try String(contentsOfFile: target, encoding: .utf8)))
        #expect(AtomicOutputTests.leftovers(in: directory).isEmpty)
    }
}
