import Foundation

/// Writes a whole file or nothing: the text goes to a temporary file beside the target, which is
/// then renamed over it, so a failure leaves no partial file and the old file untouched.
public enum AtomicFileWriter {
    public static func write(_ text: String, to path: String) throws(InputError) {
        let directory = (path as NSString).deletingLastPathComponent
        let folder = directory.isEmpty ? "." : directory
        let temporary = "\(folder)/.\((path as NSString).lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp"
        let location = SourceLocation(file: path, line: 1, column: 1)
        guard FileManager.default.createFile(atPath: temporary, contents: Data(text.utf8)) else {
            throw InputError("cannot write '\(path)' (cannot create a file in '\(folder)')", at: location)
        }
        if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw InputError("cannot write '\(path)': \(reason)", at: location)
        }
    }
}
