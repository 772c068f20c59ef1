import DXCore
import DXInput
import DXModel
import Foundation

/// Reading ip-ranges.json strictly: a malformed file is an error naming the file, the entry
/// index and the field, never a crash. Unknown extra fields are ignored (forward compatibility).
extension AWSIPRanges {
    /// ip-ranges.json files above this size are rejected (the 2026 file is 2.6 MB).
    public static let maximumFileSize = 256 << 20

    public static func parse(_ bytes: [UInt8], file: String) throws(InputError) -> AWSIPRanges {
        if let (syncToken, createDate, entries) = IPRangesFastReader.read(bytes) {
            return AWSIPRanges(syncToken: syncToken, createDate: createDate, entries: entries, source: file)
        }
        return try parseStrictly(bytes, file: file)
    }

    /// The generic JSON reader and a check of every field: the reference behaviour, and the
    /// path that explains errors. ``IPRangesFastReader`` reads the usual files faster and
    /// falls back to this on anything unusual.
    static func parseStrictly(_ bytes: [UInt8], file: String) throws(InputError) -> AWSIPRanges {
        let root = try JSONReader.parse(bytes, file: file)
        guard case .mapping(let fields) = root.kind else {
            throw InputError(.wrongType, "expected a JSON object at the top of ip-ranges.json", at: root.location)
        }
        func field(_ name: String) -> YAMLNode? { fields.first { $0.key == name }?.value }
        let syncToken = try text(field("syncToken"), name: "syncToken", owner: "the file", at: root.location)
        guard isSyncToken(syncToken.utf8) else {
            throw InputError(
                .invalidValue, "syncToken \(MessageValue.quoted(syncToken)) is not a Unix time (expected digits)",
                at: field("syncToken")!.location)
        }
        let createDate = try text(field("createDate"), name: "createDate", owner: "the file", at: root.location)
        guard UTCDate(createDate: createDate) != nil else {
            throw InputError(
                .invalidValue,
                "createDate \(MessageValue.quoted(createDate)) is not a date (expected YYYY-MM-DD-hh-mm-ss)",
                at: field("createDate")!.location)
        }
        var entries: [IPRangeEntry] = []
        guard let prefixes = field("prefixes") else {
            throw InputError(.missingKey, "missing 'prefixes' in ip-ranges.json", at: root.location)
        }
        try appendEntries(prefixes, list: "prefixes", prefixKey: "ip_prefix", family: .ipv4, to: &entries)
        // IPv6 was added on 2016-08-22; older files have no ipv6_prefixes.
        if let ipv6 = field("ipv6_prefixes") {
            try appendEntries(ipv6, list: "ipv6_prefixes", prefixKey: "ipv6_prefix", family: .ipv6, to: &entries)
        }
        return AWSIPRanges(syncToken: syncToken, createDate: createDate, entries: entries, source: file)
    }

    /// Reads and parses a file; `origin` decides which kinds of file are read (``InputOrigin``).
    public static func load(path: String, origin: InputOrigin = .topology) throws(InputError) -> AWSIPRanges {
        let bytes = try InputFile.read(path, limit: maximumFileSize, origin: origin)
        return try parse(bytes, file: path)
    }

    private static func appendEntries(
        _ node: YAMLNode, list: String, prefixKey: String, family: AddressFamily, to entries: inout [IPRangeEntry]
    ) throws(InputError) {
        guard case .sequence(let items) = node.kind else {
            throw InputError(.wrongType, "'\(list)' must be an array", at: node.location)
        }
        entries.reserveCapacity(entries.count + items.count)
        for (index, item) in items.enumerated() {
            var owner: String { "\(list)[\(index)]" }
            guard case .mapping(let fields) = item.kind else {
                throw InputError(.wrongType, "\(owner) must be an object", at: item.location)
            }
            var prefixNode: YAMLNode?
            var region: YAMLNode?
            var service: YAMLNode?
            var borderGroup: YAMLNode?
            for field in fields {
                switch field.key {
                case prefixKey: prefixNode = field.value
                case "region": region = field.value
                case "service": service = field.value
                case "network_border_group": borderGroup = field.value
                default: break
                }
            }
            let prefixText = try text(prefixNode, name: prefixKey, owner: owner, at: item.location)
            let prefix: IPPrefix
            // The byte-level parser is several times faster; the full one explains failures.
            if let fast = prefixText.utf8.withContiguousStorageIfAvailable({ IPPrefix.parse(bytes: $0) }), let fast {
                prefix = fast
            } else {
                switch IPPrefix.parse(prefixText) {
                case .success(let parsed): prefix = parsed
                case .failure(let error):
                    throw InputError(.invalidValue, "\(owner).\(prefixKey): \(error.message)", at: prefixNode!.location)
                }
            }
            guard prefix.family == family else {
                throw InputError(
                    .invalidValue,
                    "\(owner).\(prefixKey): \(prefix) is not an \(family == .ipv4 ? "IPv4" : "IPv6") prefix",
                    at: prefixNode!.location)
            }
            let regionText = try text(region, name: "region", owner: owner, at: item.location)
            let serviceText = try text(service, name: "service", owner: owner, at: item.location)
            let group = try borderGroup.map { node throws(InputError) in
                try text(node, name: "network_border_group", owner: owner, at: item.location)
            }
            var codes = [("region", regionText, region!), ("service", serviceText, service!)]
            if let group, let borderGroup { codes.append(("network_border_group", group, borderGroup)) }
            for (name, value, node) in codes where !isCode(value.utf8) {
                throw InputError(
                    .invalidValue,
                    "\(owner).\(name): \(MessageValue.quoted(value)) is not a code (expected letters, digits, '-' and '_')",
                    at: node.location)
            }
            entries.append(
                IPRangeEntry(prefix: prefix, region: regionText, service: serviceText, networkBorderGroup: group))
        }
    }

    private static func text(_ node: YAMLNode?, name: String, owner: String, at location: SourceLocation)
        throws(InputError) -> String
    {
        guard let node else { throw InputError(.missingKey, "\(owner): missing '\(name)'", at: location) }
        guard case .scalar(let scalar) = node.kind, scalar.style == .doubleQuoted else {
            throw InputError(.wrongType, "\(owner): '\(name)' must be a string", at: node.location)
        }
        return scalar.text
    }

    /// A syncToken: a Unix time, one or more ASCII digits.
    static func isSyncToken(_ utf8: some Collection<UInt8>) -> Bool {
        !utf8.isEmpty && utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    /// A Region or service code: 1-64 ASCII letters, digits, '-' and '_'.
    static func isCode(_ utf8: some Collection<UInt8>) -> Bool {
        !utf8.isEmpty && utf8.count <= 64
            && utf8.allSatisfy { byte in
                (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                    || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                    || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
                    || byte == UInt8(ascii: "_")
            }
    }
}
