import DXCore
import DXModel

/// Turns the node tree of a topology file into a typed `Topology` (Docs/TopologyFormat.md, version 1).
///
/// It checks shapes and value syntax — wrong types, unknown keys (with the nearest known key),
/// values that do not parse — and collects every such error; the semantic rules run later
/// (`TopologyValidator`). Any error here makes the input unusable (exit status 2).
public struct TopologyDecoder {
    var errors: [InputError] = []
    let file: String

    init(file: String) {
        self.file = file
    }

    /// Decodes a whole document; throws every collected error, sorted by location.
    public static func decode(_ root: YAMLNode, file: String) throws(InputErrors) -> Topology {
        var decoder = TopologyDecoder(file: file)
        let topology = decoder.topology(root)
        if !decoder.errors.isEmpty || topology == nil {
            if decoder.errors.isEmpty {
                decoder.errors.append(InputError(.wrongType, "the topology could not be read", at: root.location))
            }
            throw InputErrors(decoder.errors.sorted { ($0.location, $0.message) < ($1.location, $1.message) })
        }
        return topology!
    }

    /// Reads and decodes a topology file: `.json` as JSON, anything else as the YAML subset.
    public static func load(path: String, displayName: String? = nil) throws(InputErrors) -> Topology {
        let name = displayName ?? path
        let root: YAMLNode
        do {
            let bytes = try InputFile.read(path, displayName: name, limit: maximumTopologySize, origin: .commandLine)
            root = try TopologyDocumentReader.parse(bytes, file: name)
        } catch {
            throw InputErrors([error])
        }
        return try decode(root, file: name)
    }

    /// Topology files above this size are rejected before parsing (a bound on memory and time).
    public static let maximumTopologySize = 16 << 20

    mutating func fail(_ code: InputError.Code, _ message: String, at location: SourceLocation) {
        errors.append(InputError(code, message, at: location))
    }

    static let topLevelKeys = [
        "name", "customer", "connect", "routers", "connections", "internet", "firewall", "assumptions",
    ]

    mutating func topology(_ root: YAMLNode) -> Topology? {
        guard
            let fields = mapping(
                root, keys: Self.topLevelKeys, context: "the topology",
                required: ["name", "customer", "connect", "routers", "connections"])
        else {
            return nil
        }
        let name = fields["name"].flatMap { string($0, what: "name") }
        let customer = fields["customer"].flatMap { self.customer($0) }
        let routers = fields["routers"].map { list($0, what: "routers") { $0.router($1) } } ?? []
        let connections = fields["connections"].map { list($0, what: "connections") { $0.connection($1) } } ?? []
        let internet = fields["internet"].map { list($0, what: "internet") { $0.internetUplink($1) } } ?? []
        let firewall = fields["firewall"].flatMap { self.firewall($0) } ?? .default
        let assumptions = fields["assumptions"].flatMap { self.assumptions($0) } ?? .default
        let connect = fields["connect"].flatMap { self.connect($0, customerPrefixes: customer?.prefixes ?? []) }
        guard let name, let customer, let connect else { return nil }
        return Topology(
            file: file, name: name, customer: customer, connect: connect, routers: routers,
            connections: connections, internet: internet, firewall: firewall, assumptions: assumptions)
    }
}
