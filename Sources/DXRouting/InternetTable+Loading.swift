import DXCore
import DXInput

/// Reading routing table files, gzip-compressed or not.
extension InternetTable {
    /// Tables above this size (after decompression) are rejected: 2 GiB, room for a full
    /// multi-peer `bgpdump -m` RIB of today (~1M prefixes × tens of peers ≈ 1 GB of text).
    public static let maximumFileSize = 2 << 30

    /// Reads and parses the table at `path`. A file whose name ends in `.gz`, or that starts with
    /// the gzip magic bytes (RFC 1952 §2.3.1), is decompressed with the system's `gzip -dc` and
    /// parsed as it comes out (``GzipFile/stream(_:displayName:limit:gzipPaths:_:)``), so the
    /// decompressed text is never held whole and decompression overlaps parsing.
    public static func load(path: String, limit: Int = maximumFileSize) throws(InputError) -> InternetTable {
        if !path.hasSuffix(".gz") {
            let raw = try InputFile.read(path, limit: limit)
            if !GzipFile.hasMagic(raw) { return try parse(raw, file: path) }
        }
        var parser = InternetTableParser(file: path, expectedBytes: GzipFile.sizeHint(path))
        try GzipFile.stream(path, limit: limit) { parser.feed($0) }
        return try parser.finish().get()
    }
}
