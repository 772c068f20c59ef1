import DXCore
import DXModel
import Foundation

/// Reads an input file whole, with a size limit, turning every failure into an `InputError` at `file:1:1`.
public enum InputFile {
    public static func read(_ path: String, displayName: String? = nil, limit: Int) throws(InputError) -> [UInt8] {
        let location = SourceLocation(file: displayName ?? path, line: 1, column: 1)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(.fileNotFound, "cannot read file: no such file", at: location)
        }
        if isDirectory.boolValue { throw InputError(.notAFile, "cannot read file: it is a directory", at: location) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InputError(.permissionDenied, "cannot read file: permission denied", at: location)
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: limit + 1) ?? Data()
        } catch {
            throw InputError(.cannotRead, "cannot read file: \(error.localizedDescription)", at: location)
        }
        if data.count > limit {
            throw InputError(.fileTooLarge, "file is larger than \(limit >> 20) MiB, the limit for this kind of input", at: location)
        }
        return [UInt8](data)
    }
}
