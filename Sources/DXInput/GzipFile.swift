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

    /// The decompressed size a gzip file claims: its trailer's ISIZE, the size modulo 2^32 of the
    /// last member (RFC 1952 §2.3.1). Only a hint for sizing buffers: a file of several members
    /// or of 4 GiB or more, or a damaged one, may say anything. Nil when it cannot be read.
    public static func sizeHint(_ path: String) -> Int? {
        // Only a regular file is opened here: opening a FIFO would wait for a writer.
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            attributes[.type] as? FileAttributeType == .typeRegular
        else { return nil }
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let end = try? handle.seekToEnd(), end >= 18 else { return nil }
        guard (try? handle.seek(toOffset: end - 4)) != nil, let data = try? handle.read(upToCount: 4),
            data.count == 4
        else { return nil }
        return data.reversed().reduce(0) { $0 << 8 | Int($1) }
    }

    /// The decompressed contents of `path`; more than `limit` bytes is an error.
    /// `gzipPaths` is for tests.
    public static func read(
        _ path: String, displayName: String? = nil, limit: Int,
        gzipPaths: [String] = candidates
    ) throws(InputError) -> [UInt8] {
        var bytes: [UInt8] = []
        try stream(path, displayName: displayName, limit: limit, gzipPaths: gzipPaths) { piece in
            bytes.append(contentsOf: piece)
            return nil
        }
        return bytes
    }

    /// Decompresses `path` piece by piece: `body` gets each piece (up to 1 MiB) as it comes out of
    /// `gzip -dc`, which decompresses in its own process meanwhile, so reading overlaps
    /// decompression and the whole text is never held. More than `limit` bytes is an error. When
    /// `body` returns an error, the rest is still drained: a failure of `gzip` itself (a damaged
    /// or truncated file) is reported first, as if the file had been read whole.
    public static func stream(
        _ path: String, displayName: String? = nil, limit: Int, gzipPaths: [String] = candidates,
        _ body: (UnsafeBufferPointer<UInt8>) -> InputError?
    ) throws(InputError) {
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
        let reader = output.fileHandleForReading
        let descriptor = reader.fileDescriptor
        #if os(Linux)
            // A 1 MiB pipe (F_SETPIPE_SZ) lets gzip run ahead while a piece is parsed.
            _ = fcntl(descriptor, 1031, Int32(pieceSize))
        #endif
        var buffer = [UInt8](repeating: 0, count: pieceSize)
        var total = 0
        var tooLarge = false
        var readError: Int32 = 0
        var bodyError: InputError?
        while true {
            let got = buffer.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress!, $0.count) }
            if got < 0 {
                if errno == EINTR { continue }
                readError = errno
                process.terminate()
                break
            }
            if got == 0 { break }
            total += got
            if total > limit {
                tooLarge = true
                process.terminate()
                break
            }
            if bodyError == nil {
                bodyError = buffer.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[..<got])) }
            }
        }
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
        if let bodyError { throw bodyError }
    }

    /// Bytes read from the pipe at a time.
    static let pieceSize = 1 << 20
}

/// read(2), named apart from ``GzipFile/read(_:displayName:limit:gzipPaths:)``.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
        Glibc.read(descriptor, buffer, count)
    #else
        Darwin.read(descriptor, buffer, count)
    #endif
}
