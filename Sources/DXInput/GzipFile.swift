import DXCore
import DXModel
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a gzip-compressed file (RFC 1952) by running the system's `gzip -dc`: Foundation has
/// no zlib binding on Linux, and the package takes no third-party dependencies. Every failure
/// is an `InputError` at `file:1:1`.
public enum GzipFile {
    /// Where `gzip` is looked for, in order.
    public static let candidates = ["/bin/gzip", "/usr/bin/gzip", "/usr/local/bin/gzip", "/opt/homebrew/bin/gzip"]

    /// True if `bytes` start with the gzip magic number 1f 8b (RFC 1952 §2.3.1).
    public static func hasMagic(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    /// The decompressed contents of `path`; more than `limit` bytes is an error.
    /// `gzipPaths` is for tests.
    public static func read(
        _ path: String, displayName: String? = nil, limit: Int,
        gzipPaths: [String] = candidates
    ) throws(InputError) -> [UInt8] {
        let location = SourceLocation(file: displayName ?? path, line: 1, column: 1)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(.fileNotFound, "cannot read file: no such file", at: location)
        }
        if isDirectory.boolValue { throw InputError(.notAFile, "cannot read file: it is a directory", at: location) }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw InputError(.permissionDenied, "cannot read file: permission denied", at: location)
        }
        guard let gzip = gzipPaths.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw InputError(
                .cannotDecompress,
                "cannot decompress: gzip not found (looked in \(gzipPaths.joined(separator: ", "))); install gzip or decompress the file first",
                at: location)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: gzip)
        process.arguments = ["-dc", "--", path]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw InputError(
                .cannotDecompress, "cannot decompress: cannot run \(gzip): \(error.localizedDescription)", at: location)
        }
        // Read the pipe straight into one growing buffer (no Data per chunk).
        var bytes: [UInt8] = []
        var tooLarge = false
        var readError: Int32 = 0
        let reader = output.fileHandleForReading
        let descriptor = reader.fileDescriptor
        var filled = 0
        bytes = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            if filled == bytes.count {
                if filled > limit {
                    tooLarge = true
                    process.terminate()
                    break
                }
                bytes.append(contentsOf: repeatElement(0, count: min(bytes.count, limit + 1 - filled)))
            }
            let room = bytes.count - filled
            let got = bytes.withUnsafeMutableBytes { buffer in
                systemRead(descriptor, buffer.baseAddress! + filled, room)
            }
            if got < 0 {
                if errno == EINTR { continue }
                readError = errno
                process.terminate()
                break
            }
            if got == 0 { break }
            filled += got
        }
        if filled > limit, !tooLarge {
            tooLarge = true
            process.terminate()
        }
        // Copy out the filled part: keeping the doubled buffer would hold up to twice the text
        // while the caller parses it.
        bytes = Array(bytes[..<filled])
        try? reader.close()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile().prefix(500), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        process.waitUntilExit()
        if readError != 0 {
            throw InputError(
                .cannotDecompress,
                "cannot decompress: reading gzip output failed: \(String(cString: strerror(readError)))", at: location)
        }
        if tooLarge {
            throw InputError(
                .fileTooLarge, "decompressed file is larger than \(limit >> 20) MiB, the limit for this kind of input",
                at: location)
        }
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let detail = message.isEmpty ? "gzip exited with status \(process.terminationStatus)" : message
            throw InputError(.cannotDecompress, "cannot decompress: \(detail)", at: location)
        }
        return bytes
    }
}

/// read(2), named apart from ``GzipFile/read(_:displayName:limit:gzipPaths:)``.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
        Glibc.read(descriptor, buffer, count)
    #else
        Darwin.read(descriptor, buffer, count)
    #endif
}
