import DXCore
import DXInput

/// Reading routing table files, gzip-compressed or not.
extension InternetTable {
    /// Tables above this size (after decompression) are rejected: 2 GiB, room for a full
    /// multi-peer `bgpdump -m` RIB of today (~1M prefixes × tens of peers ≈ 1 GB of text).
    public static let maximumFileSize = 2 << 30

    /// Reads and parses the table at `path`. A file whose name ends in `.gz`, or that starts with
    /// the gzip magic bytes (RFC 1952 §2.3.1), is decompressed with the system's `gzip -dc`.
    public static func load(path: String, limit: Int = maximumFileSize) throws(InputError) -> InternetTable {
        let bytes: [UInt8]
        if path.hasSuffix(".gz") {
            bytes = try GzipFile.read(path, limit: limit)
        } else {
            let raw = try InputFile.read(path, limit: limit)
            bytes = GzipFile.hasMagic(raw) ? try GzipFile.read(path, limit: limit) : raw
        }
        return try parse(bytes, file: path)
    }
}
