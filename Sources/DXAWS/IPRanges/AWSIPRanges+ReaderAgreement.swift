import DXCore
import DXInput
import DXModel

/// The fast and the strict ip-ranges.json readers must agree: ``IPRangesFastReader`` only
/// decides how fast a valid file is read, never whether a file is valid. The fuzz harness
/// (`Tests/Fuzz`, target `ipranges-fast`) checks this on every input.
extension AWSIPRanges {
    /// True when the fast reader declines `bytes`, or when it and the strict reader both accept
    /// them with the same syncToken, createDate and entries.
    public static func readersAgree(_ bytes: [UInt8]) -> Bool {
        guard let fast = IPRangesFastReader.read(bytes) else { return true }
        guard let strict = try? parseStrictly(bytes, file: "agreement") else { return false }
        return fast.syncToken == strict.syncToken && fast.createDate == strict.createDate
            && fast.entries == strict.entries
    }
}
