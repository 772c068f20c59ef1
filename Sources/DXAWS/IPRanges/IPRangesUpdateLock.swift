import DXCore
import DXInput
import DXModel
import Foundation

/// An exclusive `flock(2)` on `FILE.lock` beside the file `ranges update` replaces, held from
/// before the current file is read until after the new one is renamed in, so two overlapping
/// updates run one after the other and the second compares against what the first wrote: the
/// file never goes back to an older syncToken. The lock file stays (removing it would let a
/// third run lock a different file); the kernel drops the lock when the process ends, however
/// it ends.
///
/// Source: Linux man-pages, flock(2) (https://man7.org/linux/man-pages/man2/flock.2.html).
final class IPRangesUpdateLock {
    private let descriptor: Int32

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    /// `FILE.lock`.
    static func path(for file: String) -> String { file + ".lock" }

    /// Waits up to `timeout` seconds for the lock on `file`; the error says why not.
    static func acquire(for file: String, timeout: Double) -> Result<IPRangesUpdateLock, InputError> {
        let path = path(for: file)
        let location = SourceLocation(file: file, line: 1, column: 1)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NOCTTY | O_NONBLOCK, 0o644)
        func failure(_ reason: String) -> Result<IPRangesUpdateLock, InputError> {
            .failure(InputError(.invalidValue, "cannot lock \(MessageValue.quoted(path)): \(reason)", at: location))
        }
        guard descriptor >= 0 else { return failure(String(cString: strerror(errno))) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            close(descriptor)
            return failure("it is not a regular file")
        }
        let deadline = Date().addingTimeInterval(timeout)
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR, Date() < deadline else {
                let reason =
                    errno == EWOULDBLOCK
                    ? "another ranges update still holds it after \(Int(timeout)) s" : String(cString: strerror(errno))
                close(descriptor)
                return failure(reason)
            }
            usleep(20_000)
        }
        return .success(IPRangesUpdateLock(descriptor: descriptor))
    }
}
