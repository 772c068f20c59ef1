import Foundation

/// Writes a whole file or nothing: the bytes go to a new temporary file beside the target
/// (created with `O_EXCL`, so never through a planted link), which is then renamed over it
/// (POSIX `rename(2)` replaces atomically), so a failure leaves no partial file, no temporary
/// file and the old file untouched. An existing target keeps its permission bits.
public enum AtomicFileWriter {
    public static func write(_ text: String, to path: String) throws(InputError) {
        try write(bytes: Array(text.utf8), to: path)
    }

    public static func write(bytes: [UInt8], to path: String) throws(InputError) {
        let directory = (path as NSString).deletingLastPathComponent
        let folder = directory.isEmpty ? "." : directory
        let unique = String(UInt64.random(in: 0...UInt64.max), radix: 16)
        let temporary = "\(folder)/.\((path as NSString).lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(unique).tmp"
        let location = SourceLocation(file: path, line: 1, column: 1)
        func failure(_ what: String) -> InputError {
            InputError(.cannotWrite, "cannot write '\(path)': \(what): \(String(cString: strerror(errno)))", at: location)
        }
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else {
            throw InputError(.cannotWrite, "cannot write '\(path)' (cannot create a file in '\(folder)': \(String(cString: strerror(errno))))", at: location)
        }
        var existing = stat()
        if stat(path, &existing) == 0, (existing.st_mode & S_IFMT) == S_IFREG {
            _ = fchmod(descriptor, existing.st_mode & 0o7777)
        }
        var written = 0
        var problem: InputError?
        bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let result = Foundation.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    problem = failure("write failed")
                    return
                }
                written += result
            }
        }
        if problem == nil, fsync(descriptor) != 0 { problem = failure("fsync failed") }
        if close(descriptor) != 0, problem == nil { problem = failure("close failed") }
        if problem == nil, rename(temporary, path) != 0 { problem = failure("rename failed") }
        if let problem {
            unlink(temporary)
            throw problem
        }
    }
}
