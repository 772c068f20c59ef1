import DXCore
import DXModel

/// Text → value parsers used by the topology decoder, each returning why the text is invalid.
///
/// Names that reach router configurations are restricted to characters that are safe in every
/// vendor's syntax, so no topology string can add a line or a command to a generated config.
package enum ValueParsers {
    static func prefix(_ text: String) -> Result<IPPrefix, ValueSyntaxError> {
        IPPrefix.parse(text).mapError(ValueSyntaxError.init)
    }

    static func interfaceAddress(_ text: String) -> Result<InterfaceAddress, ValueSyntaxError> {
        InterfaceAddress.parse(text).mapError(ValueSyntaxError.init)
    }

    static func address(_ text: String) -> Result<IPAddress, ValueSyntaxError> {
        IPAddress.parse(text).mapError(ValueSyntaxError.init)
    }

    static func ipv4Address(_ text: String) -> Result<IPv4Address, ValueSyntaxError> {
        if let address = IPv4Address(text) { return .success(address) }
        return .failure(
            ValueSyntaxError(
                .invalidIPv4Address,
                "\(MessageValue.quoted(text)) is not an IPv4 address (expected dotted decimal like 192.0.2.1)"))
    }

    /// An IPv6 address without a prefix length (`loopback_v6`).
    static func ipv6Address(_ text: String) -> Result<IPv6Address, ValueSyntaxError> {
        IPv6Address.parse(text).mapError(ValueSyntaxError.init)
    }

    static func asn(_ text: String) -> Result<ASN, ValueSyntaxError> {
        ASN.parse(text).mapError(ValueSyntaxError.init)
    }

    static func community(_ text: String) -> Result<BGPCommunity, ValueSyntaxError> {
        BGPCommunity.parse(text).mapError(ValueSyntaxError.init)
    }

    static func portSpeed(_ text: String) -> Result<PortSpeed, ValueSyntaxError> {
        if let speed = PortSpeed(text) { return .success(speed) }
        return .failure(
            ValueSyntaxError(
                .invalidPortSpeed,
                "\(MessageValue.quoted(text)) is not a port speed (expected a whole number and a unit, like 10Gbps or 500Mbps)"
            ))
    }

    /// `env:NAME` or a literal key of printable ASCII without spaces, quotes or backslashes
    /// (``BGPAuthKey/isAllowed(_:)``); its length (6–80) is a validation finding. Never quotes the
    /// key itself in a message.
    static func authKey(_ text: String) -> Result<BGPAuthKey, ValueSyntaxError> {
        if text.hasPrefix("env:") {
            let name = String(text.dropFirst(4))
            guard isEnvironmentName(name) else {
                return .failure(
                    ValueSyntaxError(
                        .invalidEnvironmentName,
                        "after 'env:' expected an environment variable name (letters, digits, '_', not starting with a digit)"
                    ))
            }
            return .success(.environment(name))
        }
        guard text.unicodeScalars.allSatisfy(BGPAuthKey.isAllowed) else {
            return .failure(
                ValueSyntaxError(
                    .invalidKey,
                    "a literal key may hold only printable ASCII without spaces, quotes or backslashes (the key is not shown)"
                ))
        }
        return .success(.literal(text))
    }

    static func isEnvironmentName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, !("0"..."9").contains(first) else { return false }
        return name.unicodeScalars.allSatisfy { $0.isASCIIAlphanumeric || $0 == "_" }
    }

    /// Names of routers, connections, VIFs, LAGs and uplinks: they become identifiers in
    /// generated configs (route-map names, descriptions), so 1–48 of `A–Z a–z 0–9 . _ -`.
    static func objectName(_ text: String) -> Result<String, ValueSyntaxError> {
        let allowed = text.unicodeScalars.allSatisfy { $0.isASCIIAlphanumeric || $0 == "-" || $0 == "_" || $0 == "." }
        guard !text.isEmpty, text.count <= 48, allowed, text.unicodeScalars.first!.isASCIIAlphanumeric else {
            return .failure(
                ValueSyntaxError(
                    .invalidName,
                    "\(MessageValue.quoted(text)) is not a valid name (expected 1–48 characters of letters, digits, '-', '_' or '.', starting with a letter or digit)"
                ))
        }
        return .success(text)
    }

    /// Interface names as vendors spell them: `xe-0/0/0`, `TenGigabitEthernet0/1/0`, `Ethernet1/1`, `eth1`.
    package static func interfaceName(_ text: String) -> Result<String, ValueSyntaxError> {
        let allowed = text.unicodeScalars.allSatisfy { $0.isASCIIAlphanumeric || "-_./:".unicodeScalars.contains($0) }
        guard !text.isEmpty, text.count <= 64, allowed else {
            return .failure(
                ValueSyntaxError(
                    .invalidInterfaceName,
                    "\(MessageValue.quoted(text)) is not a valid interface name (expected letters, digits and '-', '_', '.', '/', ':')"
                ))
        }
        return .success(text)
    }

    /// An instance alias, used as a DNS label in `<alias>.my.connect.aws` (RFC 1035 §2.3.1).
    package static func dnsLabel(_ text: String) -> Result<String, ValueSyntaxError> {
        let scalars = Array(text.unicodeScalars)
        let valid =
            !scalars.isEmpty && scalars.count <= 63
            && scalars.allSatisfy { $0.isASCIIAlphanumeric || $0 == "-" }
            && scalars.first != "-" && scalars.last != "-"
        guard valid else {
            return .failure(
                ValueSyntaxError(
                    .invalidInstanceAlias,
                    "\(MessageValue.quoted(text)) is not a valid instance alias (expected 1–63 letters, digits or '-', not starting or ending with '-')"
                ))
        }
        return .success(text)
    }

    /// An S3 bucket name (AWS S3 User Guide, "Bucket naming rules": 3–63 of a–z 0–9 . -).
    package static func bucketName(_ text: String) -> Result<String, ValueSyntaxError> {
        let scalars = Array(text.unicodeScalars)
        let valid =
            (3...63).contains(scalars.count)
            && scalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "." }
            && scalars.first!.isASCIIAlphanumeric && scalars.last!.isASCIIAlphanumeric
        guard valid else {
            return .failure(
                ValueSyntaxError(
                    .invalidBucketName,
                    "\(MessageValue.quoted(text)) is not a valid S3 bucket name (expected 3–63 lowercase letters, digits, '.' or '-')"
                ))
        }
        return .success(text)
    }

    /// An ip-ranges.json service code such as `AMAZON_CONNECT` (AWS VPC User Guide, "AWS IP address ranges").
    static func serviceName(_ text: String) -> Result<String, ValueSyntaxError> {
        let valid =
            !text.isEmpty
            && text.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
        guard valid else {
            return .failure(
                ValueSyntaxError(
                    .invalidService,
                    "\(MessageValue.quoted(text)) is not an ip-ranges service code (expected upper-case letters, digits and '_', like AMAZON_CONNECT)"
                ))
        }
        return .success(text)
    }
}

extension Unicode.Scalar {
    package var isASCIIAlphanumeric: Bool {
        ("a"..."z").contains(self) || ("A"..."Z").contains(self) || ("0"..."9").contains(self)
    }
}
