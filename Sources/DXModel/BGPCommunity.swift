import DXCore

/// A standard BGP community (RFC 1997): 32 bits written `asn:local`, each half 0-65535.
///
/// Well-known communities parse from and print as kebab-case names (`no-export`); names are
/// matched case-insensitively with `-` or `_` (`NO_EXPORT`). AWS Direct Connect communities are
/// described in the AWS Direct Connect User Guide, "Routing policies and BGP communities"
/// (https://docs.aws.amazon.com/directconnect/latest/UserGuide/routing-and-bgp.html).
public struct BGPCommunity: Hashable, Comparable, Sendable, LosslessStringConvertible {
    public let value: UInt32

    public init(_ value: UInt32) {
        self.value = value
    }

    public init(asn: UInt16, local: UInt16) {
        value = UInt32(asn) << 16 | UInt32(local)
    }

    /// The high 16 bits, by convention the AS that defines the community.
    public var asn: UInt16 { UInt16(truncatingIfNeeded: value >> 16) }
    /// The low 16 bits, the AS-defined value.
    public var local: UInt16 { UInt16(truncatingIfNeeded: value) }

    /// NO_EXPORT, 0xFFFFFF01: do not advertise outside the AS or confederation (RFC 1997).
    public static let noExport = BGPCommunity(0xFFFF_FF01)
    /// NO_ADVERTISE, 0xFFFFFF02: do not advertise to any peer (RFC 1997).
    public static let noAdvertise = BGPCommunity(0xFFFF_FF02)
    /// NO_EXPORT_SUBCONFED (also called local-AS), 0xFFFFFF03: do not advertise to external peers,
    /// not even confederation members (RFC 1997).
    public static let noExportSubconfed = BGPCommunity(0xFFFF_FF03)
    /// NOPEER, 0xFFFFFF04: do not advertise to bilateral peers (RFC 3765).
    public static let noPeer = BGPCommunity(0xFFFF_FF04)
    /// BLACKHOLE, 65535:666: discard traffic to the prefix (RFC 7999).
    public static let blackhole = BGPCommunity(0xFFFF_029A)
    /// GRACEFUL_SHUTDOWN, 65535:0: the path is about to go down (RFC 8326).
    public static let gracefulShutdown = BGPCommunity(0xFFFF_0000)

    /// 7224:8100, set by AWS on public VIF routes that originate in the same AWS Region as the
    /// Direct Connect location (AWS DX User Guide, "Routing policies and BGP communities").
    public static let awsLocalRegion = BGPCommunity(asn: 7224, local: 8100)
    /// 7224:8200, set by AWS on public VIF routes from the same continent (AWS DX User Guide,
    /// "Routing policies and BGP communities").
    public static let awsContinent = BGPCommunity(asn: 7224, local: 8200)
    /// 7224:9100, set by the customer on a public VIF: propagate to the local AWS Region only
    /// (AWS DX User Guide, "Routing policies and BGP communities").
    public static let customerLocalRegion = BGPCommunity(asn: 7224, local: 9100)
    /// 7224:9200, set by the customer on a public VIF: propagate to all Regions on the continent
    /// (AWS DX User Guide, "Routing policies and BGP communities").
    public static let customerContinent = BGPCommunity(asn: 7224, local: 9200)
    /// 7224:9300, set by the customer on a public VIF: propagate globally, to all public Regions
    /// (AWS DX User Guide, "Routing policies and BGP communities").
    public static let customerGlobal = BGPCommunity(asn: 7224, local: 9300)
    /// 7224:7100, set by the customer on a private or transit VIF: low local preference (AWS DX
    /// User Guide, "Routing policies and BGP communities").
    public static let localPreferenceLow = BGPCommunity(asn: 7224, local: 7100)
    /// 7224:7200, medium local preference on a private or transit VIF (AWS DX User Guide,
    /// "Routing policies and BGP communities").
    public static let localPreferenceMedium = BGPCommunity(asn: 7224, local: 7200)
    /// 7224:7300, high local preference on a private or transit VIF (AWS DX User Guide,
    /// "Routing policies and BGP communities").
    public static let localPreferenceHigh = BGPCommunity(asn: 7224, local: 7300)

    /// The well-known communities with their printed names, in value order.
    public static let wellKnown: [(name: String, community: BGPCommunity)] = [
        ("graceful-shutdown", .gracefulShutdown),
        ("blackhole", .blackhole),
        ("no-export", .noExport),
        ("no-advertise", .noAdvertise),
        ("no-export-subconfed", .noExportSubconfed),
        ("no-peer", .noPeer),
    ]

    /// Extra accepted spellings (normalized to lowercase kebab case).
    private static let aliases: [String: BGPCommunity] = ["local-as": .noExportSubconfed, "nopeer": .noPeer]

    /// The kebab-case name if this is a named well-known community.
    public var wellKnownName: String? {
        Self.wellKnown.first { $0.community == self }?.name
    }

    /// True if the high half is 7224, the ASN AWS reserves its Direct Connect communities under.
    public var isAWSReserved: Bool { asn == 7224 }

    /// Parses `asn:local` or a well-known name; nil otherwise. ``parse(_:)`` says why.
    public init?(_ description: String) {
        guard case .success(let community) = Self.parse(description) else { return nil }
        self = community
    }

    /// Parses `asn:local` (each decimal 0-65535) or a well-known name such as `no-export`,
    /// or explains what is wrong.
    public static func parse(_ text: String) -> Result<BGPCommunity, ValueParseError> {
        func fail(_ code: ValueParseError.Code, _ message: String) -> Result<BGPCommunity, ValueParseError> {
            .failure(ValueParseError(code, input: text, message: message))
        }
        if text.isEmpty { return fail(.empty, "empty text is not a BGP community") }
        let bytes = Array(text.utf8)
        if !bytes.contains(UInt8(ascii: ":")) {
            let normalized = String(
                decoding: bytes.map { byte -> UInt8 in
                    if byte == UInt8(ascii: "_") { return UInt8(ascii: "-") }
                    if byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") { return byte + 32 }
                    return byte
                }, as: UTF8.self)
            if let known = wellKnown.first(where: { $0.name == normalized }) { return .success(known.community) }
            if let known = aliases[normalized] { return .success(known) }
            let names = wellKnown.map(\.name).joined(separator: ", ")
            return fail(
                .invalidCommunity,
                "\(MessageValue.quoted(text)) is not a BGP community (expected 'asn:value' or one of \(names))")
        }
        let parts = bytes.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
        if parts.count == 3 {
            return fail(
                .largeCommunity,
                "\(MessageValue.quoted(text)) looks like a large community (RFC 8092), which is not supported; expected 'asn:value'"
            )
        }
        if parts.count != 2 {
            return fail(.invalidCommunity, "\(MessageValue.quoted(text)) is not a BGP community (expected 'asn:value')")
        }
        var halves: [UInt16] = []
        for (index, part) in parts.enumerated() {
            let name = index == 0 ? "AS" : "value"
            let partText = String(decoding: part, as: UTF8.self)
            if part.isEmpty {
                return fail(
                    .invalidCommunity, "\(MessageValue.quoted(text)) is missing the \(name) part of 'asn:value'")
            }
            var number = 0
            for byte in part {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else {
                    return fail(
                        .invalidCommunity,
                        "\(name) part \(MessageValue.quoted(partText)) of \(MessageValue.quoted(text)) is not a decimal number"
                    )
                }
                if number <= 65535 { number = number * 10 + Int(byte - UInt8(ascii: "0")) }
            }
            if part.count > 1, part.first == UInt8(ascii: "0") {
                return fail(
                    .invalidCommunity,
                    "\(name) part \(MessageValue.quoted(partText)) of \(MessageValue.quoted(text)) has a leading zero")
            }
            if number > 65535 {
                return fail(
                    .communityOutOfRange,
                    "\(name) part \(partText) of \(MessageValue.quoted(text)) is out of range (0-65535)")
            }
            halves.append(UInt16(number))
        }
        return .success(BGPCommunity(asn: halves[0], local: halves[1]))
    }

    /// The well-known name, or `asn:local`.
    public var description: String { wellKnownName ?? "\(asn):\(local)" }

    public static func < (lhs: BGPCommunity, rhs: BGPCommunity) -> Bool { lhs.value < rhs.value }
}
