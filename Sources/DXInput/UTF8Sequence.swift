import DXModel

/// Decodes one multi-byte UTF-8 sequence strictly (RFC 3629 §3: no overlong forms, no
/// surrogates, nothing above U+10FFFF), for the readers that check their input byte by byte.
enum UTF8Sequence {
    /// The scalar value and length of the sequence starting at `start` (a byte ≥ 0x80), or the
    /// reason it is invalid, worded as the readers print it.
    static func decode(_ bytes: [UInt8], at start: Int) -> Result<(value: UInt32, length: Int), ValueSyntaxError> {
        let lead = bytes[start]
        let length: Int
        var value: UInt32
        let minimum: UInt32
        switch lead {
        case 0xC2...0xDF: (length, value, minimum) = (2, UInt32(lead & 0x1F), 0x80)
        case 0xE0...0xEF: (length, value, minimum) = (3, UInt32(lead & 0x0F), 0x800)
        case 0xF0...0xF4: (length, value, minimum) = (4, UInt32(lead & 0x07), 0x10000)
        default:
            return .failure(
                ValueSyntaxError(
                    .invalidUTF8,
                    "invalid UTF-8 byte 0x\(YAMLSourceText.hexByte(lead)) at byte offset \(start) (expected UTF-8 text)"
                ))
        }
        for offset in 1..<length {
            let index = start + offset
            guard index < bytes.count, bytes[index] & 0xC0 == 0x80 else {
                let bad = index < bytes.count ? "byte 0x\(YAMLSourceText.hexByte(bytes[index]))" : "end of file"
                return .failure(
                    ValueSyntaxError(
                        .invalidUTF8,
                        "invalid UTF-8 sequence at byte offset \(start): found \(bad) where a continuation byte was expected (expected UTF-8 text)"
                    ))
            }
            value = value << 6 | UInt32(bytes[index] & 0x3F)
        }
        if value < minimum || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) {
            return .failure(
                ValueSyntaxError(
                    .invalidUTF8,
                    "invalid UTF-8 sequence at byte offset \(start) (overlong, surrogate or out of range; expected UTF-8 text)"
                ))
        }
        return .success((value, length))
    }
}
