import DXTestSupport
import Foundation

/// A network namespace owned by one lab run (`dxl-<pid>-<n>-<role>`), deleted by `delete()`.
struct LabNamespace {
    let name: String
    let ip: String

    nonisolated(unsafe) private static var counter = 0
    private static let lock = NSLock()

    /// A name unique to this process and call.
    static func uniqueName(_ role: String) -> String {
        lock.lock()
        defer { lock.unlock() }
        counter += 1
        return "dxl-\(getpid())-\(counter)-\(role)"
    }

    init(role: String, ip: String) throws {
        self.name = Self.uniqueName(role)
        self.ip = ip
        try LabCommand.check(ip, ["netns", "add", name], timeout: 10)
        try LabCommand.check(ip, ["-n", name, "link", "set", "lo", "up"], timeout: 10)
    }

    /// A veth pair with `localName` here and `peerName` in `peer`, both up.
    func addVeth(_ localName: String, peer: LabNamespace, peerName: String) throws {
        try LabCommand.check(
            ip, ["-n", name, "link", "add", localName, "type", "veth", "peer", "name", peerName, "netns", peer.name],
            timeout: 10)
        try LabCommand.check(ip, ["-n", name, "link", "set", localName, "up"], timeout: 10)
        try LabCommand.check(ip, ["-n", peer.name, "link", "set", peerName, "up"], timeout: 10)
    }

    /// Adds an address (IPv6 with `nodad`, so it is usable at once).
    func addAddress(_ address: InterfaceAddressText, device: String) throws {
        var arguments = ["-n", name, "address", "add", address.text, "dev", device]
        if address.isIPv6 { arguments.append("nodad") }
        try LabCommand.check(ip, arguments, timeout: 10)
    }

    /// Sets a link up or down (a failed VIF or ISP link in the two-router lab).
    func setLink(_ device: String, up: Bool) throws {
        try LabCommand.check(ip, ["-n", name, "link", "set", device, up ? "up" : "down"], timeout: 10)
    }

    /// Adds a kernel route, e.g. `["192.0.2.1/32", "via", "192.0.2.129"]`: the reachability of
    /// another router's loopback that the customer's IGP would provide.
    func addRoute(_ arguments: [String]) throws {
        try LabCommand.check(ip, ["-n", name, "route", "add"] + arguments, timeout: 10)
    }

    /// The kernel's IPv4 or IPv6 FIB (main table) as `ip -j route show` prints it.
    func routes(_ family: AddressFamilyFlag = .ipv4) throws -> String {
        try LabCommand.check(ip, ["-n", name, family.rawValue, "-j", "route", "show"], timeout: 30)
    }

    /// `ip -4` or `ip -6`.
    enum AddressFamilyFlag: String {
        case ipv4 = "-4"
        case ipv6 = "-6"
    }

    /// `ip netns exec NAME program arguments…` as an argument vector for `ip`.
    func exec(_ program: String, _ arguments: [String]) -> [String] {
        ["netns", "exec", name, program] + arguments
    }

    func delete() {
        _ = try? LabCommand.run(ip, ["netns", "del", name], timeout: 10)
    }
}

/// An interface address as text, with its family.
struct InterfaceAddressText {
    var text: String
    var isIPv6: Bool
}
