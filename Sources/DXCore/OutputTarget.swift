import Foundation

/// What `-o PATH` names, decided before anything is written (issue: special files must never be
/// replaced by a regular file):
///
/// - a regular file, or nothing yet: ``replace(_:)`` — write a new file beside it and rename it
///   over (`AtomicFileWriter`), so readers see the whole old or the whole new file;
/// - a symbolic link: followed to its target (up to 40 links, like Linux), which is then replaced
///   as above, so the link stays a link;
/// - a character device or a FIFO (`/dev/null`, `/dev/tty`, a named pipe), or a file-descriptor
///   alias (`/dev/stdout`, `/dev/stderr`, `/dev/fd/N`, `/proc/self/fd/N`): ``stream(_:)`` — opened
///   for writing and written in place, never created, truncated or replaced, as a shell
///   redirection would. A FIFO must have a reader: with none, the write is refused at once
///   instead of waiting forever;
/// - anything else (a directory, a socket, a block device), or a path ending in `/`: refused.
///
/// Source: POSIX.1-2017 `rename(2)` ("If the link named by the new argument exists, it shall be
/// removed and old renamed to new", so renaming over a device node or a link replaces the node
/// itself) and `open(2)` (`O_NONBLOCK` on a FIFO opened for writing only: "shall return an error
/// if no process currently has the file open for reading", ENXIO)
/// (https://pubs.opengroup.org/onlinepubs/9699919799/functions/rename.html,
/// https://pubs.opengroup.org/onlinepubs/9699919799/functions/open.html).
public enum OutputTarget: Equatable, Sendable {
    /// A regular file at this path (after following links), existing or not: replaced atomically.
    case replace(String)
    /// A character device, FIFO or descriptor alias at this path: written in place.
    case stream(String)

    /// Linux's limit on symbolic links followed in one path resolution (`MAXSYMLINKS`).
    static let maximumLinks = 40

    /// Classifies `path`; throws the refusal, at `path:1:1`, for targets that cannot be written.
    public static func resolve(_ path: String) throws(InputError) -> OutputTarget {
        func refuse(_ reason: String) -> InputError {
            let location = SourceLocation(file: path, line: 1, column: 1)
            return InputError(.cannotWrite, "cannot write \(MessageValue.quoted(path)): \(reason)", at: location)
        }
        let expected = " (expected a regular file, a character device or a FIFO)"
        guard !path.isEmpty else { throw refuse("empty path") }
        guard !path.hasSuffix("/") else { throw refuse("it names a folder (expected a file name)") }
        var current = path
        for _ in 0...maximumLinks {
            var info = stat()
            if isDescriptorAlias(current) {
                guard stat(current, &info) == 0 else { throw refuse(String(cString: strerror(errno))) }
                switch info.st_mode & S_IFMT {
                case S_IFREG, S_IFCHR, S_IFIFO: return .stream(current)
                default: throw refuse(describe(info.st_mode) + expected)
                }
            }
            guard lstat(current, &info) == 0 else {
                if errno == ENOENT { return .replace(current) }
                throw refuse(String(cString: strerror(errno)))
            }
            switch info.st_mode & S_IFMT {
            case S_IFREG: return .replace(current)
            case S_IFCHR, S_IFIFO: return .stream(current)
            case S_IFLNK:
                guard let target = readLink(current) else {
                    throw refuse("cannot read the symbolic link: \(String(cString: strerror(errno)))")
                }
                current = PathText.joined(PathText.folder(of: current), target)
            default:
                throw refuse(describe(info.st_mode) + expected)
            }
        }
        throw refuse("too many levels of symbolic links")
    }

    /// `/dev/stdout`, `/dev/stderr`, `/dev/fd/N`, `/proc/self/fd/N`, `/proc/PID/fd/N`: names of an
    /// open descriptor, written in place whatever it refers to.
    static func isDescriptorAlias(_ path: String) -> Bool {
        if path == "/dev/stdout" || path == "/dev/stderr" { return true }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        func isNumber(_ text: Substring) -> Bool { !text.isEmpty && text.allSatisfy { $0.isASCII && $0.isNumber } }
        if parts.count == 4, parts[0].isEmpty, parts[1] == "dev", parts[2] == "fd", isNumber(parts[3]) { return true }
        if parts.count == 5, parts[0].isEmpty, parts[1] == "proc", parts[2] == "self" || isNumber(parts[2]),
            parts[3] == "fd", isNumber(parts[4])
        {
            return true
        }
        return false
    }

    /// "it is a directory", "it is a socket", …
    package static func describe(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFDIR: "it is a directory"
        case S_IFSOCK: "it is a socket"
        case S_IFBLK: "it is a block device"
        case S_IFCHR: "it is a character device"
        case S_IFIFO: "it is a FIFO"
        case S_IFLNK: "it is a symbolic link"
        default: "it is not a regular file"
        }
    }

    /// The text of a symbolic link, or nil (errno set).
    private static func readLink(_ path: String) -> String? {
        var buffer = [Int8](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
