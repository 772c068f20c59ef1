import DXCore
import DXModel
import Foundation

/// Reads an input file whole, with a size limit, turning every failure into an `InputError` at
/// `file:1:1`. What kinds of file are read depends on who named it (``InputOrigin``).
public enum InputFile {
    /// The name that reads standard input on the command line.
    public static let standardInputName = "-"

    public static func read(
        _ path: String, displayName: String? = nil, limit: Int,
        origin: InputOrigin = .topology
    ) throws(InputError) -> [UInt8] {
        let location = SourceLocation(file: displayName ?? path, line: 1, column: 1)
        if path == standardInputName, origin == .commandLine {
            return try readAll(from: STDIN_FILENO, limit: limit, location: location)
        }
        try checkKind(path, displayName: displayName, origin: origin)
        // O_NONBLOCK: should a regular file be swapped for a FIFO after the check, opening it
        // still returns at once (and the check below refuses it). Reads of regular files and
        // of a FIFO that has a writer are unaffected; the flag is cleared for a FIFO.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | (origin == .topology ? O_NONBLOCK : 0))
        guard descriptor >= 0 else {
            let reason = errno == EACCES ? "permission denied" : String(cString: strerror(errno))
            throw InputError(.cannotRead, "cannot read file: \(reason)", at: location)
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            throw InputError(.notAFile, "cannot read file: \(String(cString: strerror(errno)))", at: location)
        }
        if let refusal = refusal(info.st_mode, origin: origin) {
            throw InputError(.notAFile, "cannot read file: \(refusal)", at: location)
        }
        return try readAll(from: descriptor, limit: limit, location: location)
    }

    /// Refuses, without opening anything, a path that is missing or of a kind `origin` may not
    /// name. Symbolic links are followed.
    public static func checkKind(_ path: String, displayName: String? = nil, origin: InputOrigin) throws(InputError) {
        let location = SourceLocation(file: displayName ?? path, line: 1, column: 1)
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT || errno == ENOTDIR {
                throw InputError(.fileNotFound, "cannot read file: no such file", at: location)
            }
            if errno == EACCES {
                throw InputError(.permissionDenied, "cannot read file: permission denied", at: location)
            }
            throw InputError(.notAFile, "cannot read file: \(String(cString: strerror(errno)))", at: location)
        }
        if let refusal = refusal(info.st_mode, origin: origin) {
            throw InputError(.notAFile, "cannot read file: \(refusal)", at: location)
        }
    }

    /// Why a file of this mode is not read, or nil.
    static func refusal(_ mode: mode_t, origin: InputOrigin) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFIFO where origin == .commandLine: return nil
        case S_IFDIR: return "it is a directory"
        case S_IFIFO: return "it is a FIFO (a file named in a topology must be a regular file)"
        default:
            let kind = OutputTarget.describe(mode)
            return origin == .topology
                ? "\(kind) (a file named in a topology must be a regular file)"
                : "\(kind) (expected a regular file, a FIFO or '-' for standard input)"
        }
    }

    /// Everything up to end of file; more than `limit` bytes is an error.
    private static func readAll(
        from descriptor: Int32, limit: Int,
        location: SourceLocation
    ) throws(InputError) -> [UInt8] {
        let status = fcntl(descriptor, F_GETFL)
        if status >= 0, status & O_NONBLOCK != 0 { _ = fcntl(descriptor, F_SETFL, status & ~O_NONBLOCK) }
        var info = stat()
        let size = fstat(descriptor, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : 0
        var bytes = [UInt8](repeating: 0, count: min(max(size + 1, 64 << 10), limit + 1))
        var filled = 0
        while true {
            if filled == bytes.count {
                if filled > limit { break }
                bytes.append(contentsOf: repeatElement(0, count: min(bytes.count, limit + 1 - filled)))
            }
            let room = bytes.count - filled
            let got = bytes.withUnsafeMutableBytes { buffer in
                Foundation.read(descriptor, buffer.baseAddress! + filled, room)
            }
            if got < 0 {
                if errno == EINTR { continue }
                throw InputError(.cannotRead, "cannot read file: \(String(cString: strerror(errno)))", at: location)
            }
            if got == 0 { break }
            filled += got
        }
        if filled > limit {
            throw InputError(
                .fileTooLarge, "file is larger than \(limit >> 20) MiB, the limit for this kind of input", at: location)
        }
        bytes.removeSubrange(filled...)
        return bytes
    }
}
