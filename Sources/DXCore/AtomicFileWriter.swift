import Foundation

/// Writes `-o` output whole or not at all, according to what the path names (`OutputTarget`).
///
/// A regular file (or a new one, or the target of a symbolic link) gets a new temporary file
/// beside it (created with `O_EXCL`, so never through a planted link), which is then renamed over
/// it (POSIX `rename(2)` replaces atomically), so a failure leaves no partial file, no temporary
/// file and the old file untouched, and concurrent writers leave one whole file. An existing
/// target keeps its permission bits. A character device or FIFO is opened and written in place.
public enum AtomicFileWriter {
    public static func write(_ text: String, to path: String) throws(InputError) {
        try write(bytes: Array(text.utf8), to: path)
    }

    public static func write(bytes: [UInt8], to path: String) throws(InputError) {
        switch try OutputTarget.resolve(path) {
        case .replace(let target): try replace(target, with: bytes, shownAs: path)
        case .stream(let target): try stream(bytes, into: target, shownAs: path)
        }
    }

    /// A temporary file beside `target`, renamed over it.
    static func replace(_ target: String, with bytes: [UInt8], shownAs path: String) throws(InputError) {
        let folder = PathText.folder(of: target)
        let name = PathText.lastComponent(of: target)
        let unique = String(UInt64.random(in: 0...UInt64.max), radix: 16)
        // A long name would make the temporary name too long for the file system (NAME_MAX).
        let stem = name.utf8.count <= 200 ? name : "dxplan"
        let temporary = PathText.joined(folder, ".\(stem).\(ProcessInfo.processInfo.processIdentifier).\(unique).tmp")
        let location = SourceLocation(file: path, line: 1, column: 1)
        let shown = MessageValue.quoted(path)
        func failure(_ what: String) -> InputError {
            InputError(
                .cannotWrite, "cannot write \(shown): \(what): \(String(cString: strerror(errno)))", at: location)
        }
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno))
            throw InputError(
                .cannotWrite,
                "cannot write \(shown) (cannot create a file in \(MessageValue.quoted(folder)): \(reason))",
                at: location)
        }
        var existing = stat()
        if stat(target, &existing) == 0, (existing.st_mode & S_IFMT) == S_IFREG {
            _ = fchmod(descriptor, existing.st_mode & 0o7777)
        }
        var problem = writeAll(bytes, to: descriptor) ? nil : failure("write failed")
        if problem == nil, fsync(descriptor) != 0 { problem = failure("fsync failed") }
        if close(descriptor) != 0, problem == nil { problem = failure("close failed") }
        if problem == nil, rename(temporary, target) != 0 { problem = failure("rename failed") }
        if let problem {
            unlink(temporary)
            throw problem
        }
    }

    /// Opens a character device, FIFO or descriptor alias for writing (never creating or
    /// truncating it) and writes the bytes in place. A FIFO without a reader is refused at once.
    static func stream(_ bytes: [UInt8], into target: String, shownAs path: String) throws(InputError) {
        let location = SourceLocation(file: path, line: 1, column: 1)
        let shown = MessageValue.quoted(path)
        // O_NONBLOCK only for the open: a FIFO with no reader fails with ENXIO instead of
        // blocking; O_APPEND so a descriptor alias of a file opened with `>>` keeps appending.
        let flags =
            O_WRONLY | O_NOCTTY | O_NONBLOCK | O_APPEND | O_CLOEXEC
            | (OutputTarget.isDescriptorAlias(target) ? 0 : O_NOFOLLOW)
        let descriptor = open(target, flags)
        guard descriptor >= 0 else {
            if errno == ENXIO {
                let advice = "start the reader first, as for a shell redirection"
                throw InputError(
                    .cannotWrite, "cannot write \(shown): no process is reading this FIFO (\(advice))", at: location)
            }
            throw InputError(.cannotWrite, "cannot write \(shown): \(String(cString: strerror(errno)))", at: location)
        }
        defer { close(descriptor) }
        var info = stat()
        let kind = fstat(descriptor, &info) == 0 ? info.st_mode & S_IFMT : 0
        guard kind == S_IFCHR || kind == S_IFIFO || (kind == S_IFREG && OutputTarget.isDescriptorAlias(target)) else {
            throw InputError(.cannotWrite, "cannot write \(shown): it changed while being opened", at: location)
        }
        let status = fcntl(descriptor, F_GETFL)
        if status >= 0 { _ = fcntl(descriptor, F_SETFL, status & ~O_NONBLOCK) }
        guard writeAll(bytes, to: descriptor) else {
            throw InputError(
                .cannotWrite, "cannot write \(shown): write failed: \(String(cString: strerror(errno)))", at: location)
        }
    }

    /// Writes every byte, retrying on EINTR; false on any other failure (errno set).
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        var written = 0
        return bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let result = Foundation.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                written += result
            }
            return true
        }
    }
}
