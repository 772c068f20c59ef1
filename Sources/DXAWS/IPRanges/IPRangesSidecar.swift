import DXInput
import DXModel
import Foundation

/// The HTTP validators of a downloaded ip-ranges.json, kept in `FILE.meta` beside it as plain
/// `key: value` lines, so the next `ranges update` can send a conditional GET
/// (RFC 9110 §13.1.1 If-None-Match with the ETag, §13.1.3 If-Modified-Since with Last-Modified).
///
/// `sync-token` ties the validators to the file they came with: when the file was replaced by
/// other means, its syncToken differs and the validators are not used.
public struct IPRangesSidecar: Equatable, Sendable {
    public var syncToken: String
    public var etag: String?
    public var lastModified: String?

    public init(syncToken: String, etag: String?, lastModified: String?) {
        self.syncToken = syncToken
        self.etag = etag.flatMap(Self.usable)
        self.lastModified = lastModified.flatMap(Self.usable)
    }

    /// Sidecars are tiny; anything larger is not one.
    static let maximumSize = 64 << 10

    /// `FILE.meta`.
    public static func path(for file: String) -> String { file + ".meta" }

    /// Reads the sidecar of `file`; nil when it is missing, unreadable or has no sync-token.
    public static func read(for file: String) -> IPRangesSidecar? {
        guard let bytes = try? InputFile.read(path(for: file), limit: maximumSize) else { return nil }
        return parse(String(decoding: bytes, as: UTF8.self))
    }

    /// Parses `key: value` lines; `#` comments, unknown keys and unusable values are ignored.
    public static func parse(_ text: String) -> IPRangesSidecar? {
        var fields: [String: String] = [:]
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            guard !line.hasPrefix("#"), let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if fields[key] == nil { fields[key] = value }
        }
        guard let token = fields["sync-token"], !token.isEmpty, token.count <= 20,
            token.allSatisfy({ $0.isASCII && $0.isNumber })
        else { return nil }
        return IPRangesSidecar(syncToken: token, etag: fields["etag"], lastModified: fields["last-modified"])
    }

    /// The file text, keys in a fixed order.
    public var text: String {
        var text =
            "# dxplan ranges update: HTTP validators of the ip-ranges.json beside this file.\nsync-token: \(syncToken)\n"
        if let etag { text += "etag: \(etag)\n" }
        if let lastModified { text += "last-modified: \(lastModified)\n" }
        return text
    }

    /// A value that can go back into a request header: visible ASCII and spaces, at most 256
    /// characters (no CR or LF, so no header injection).
    static func usable(_ value: String) -> String? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.utf8.count <= 256, trimmed.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else {
            return nil
        }
        return trimmed
    }
}
