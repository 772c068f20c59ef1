import DXCore
import DXModel

/// The sections of a topology file, one decoding function each (Docs/TopologyFormat.md).
extension TopologyDecoder {
    mutating func customer(_ node: YAMLNode) -> Customer? {
        guard let fields = mapping(node, keys: ["asn", "prefixes"], context: "customer", required: ["asn"]) else {
            return nil
        }
        let asn = fields["asn"].flatMap { parsed($0, what: "customer ASN", ValueParsers.asn) }
        let prefixes =
            fields["prefixes"].map { list($0, what: "prefixes") { $0.parsed($1, what: "prefix", ValueParsers.prefix) } }
            ?? []
        guard let asn else { return nil }
        return Customer(asn: asn, prefixes: prefixes, location: node.location)
    }

    static let connectKeys = [
        "instance", "region", "softphone", "media_less_ccp", "agent_source", "agents", "call_kbps", "shift_hours",
        "attachments_bucket",
    ]

    mutating func connect(_ node: YAMLNode, customerPrefixes: [Located<IPPrefix>]) -> ConnectInstance? {
        guard let fields = mapping(node, keys: Self.connectKeys, context: "connect", required: ["region"]) else {
            return nil
        }
        let instance = fields["instance"].flatMap { parsed($0, what: "instance alias", ValueParsers.dnsLabel) }
        let region = fields["region"].flatMap { identifier($0, what: "region") }
        let softphone = fields["softphone"].flatMap { boolean($0, what: "softphone") }?.value ?? true
        let mediaLess = fields["media_less_ccp"].flatMap { boolean($0, what: "media_less_ccp") }?.value ?? false
        let agentSource = fields["agent_source"].map {
            list($0, what: "agent_source") { $0.parsed($1, what: "prefix", ValueParsers.prefix) }
        }
        let agents = fields["agents"].flatMap { integer($0, what: "agents", range: 1...1_000_000) }
        let callKbps = fields["call_kbps"].flatMap { integer($0, what: "call_kbps", range: 1...100_000) }
        let shiftHours = fields["shift_hours"].flatMap { integer($0, what: "shift_hours", range: 1...24) }
        let bucket = fields["attachments_bucket"].flatMap {
            parsed($0, what: "attachments_bucket", ValueParsers.bucketName)
        }
        guard let region else { return nil }
        return ConnectInstance(
            instance: instance, region: region, softphone: softphone, mediaLessCCP: mediaLess,
            agentSource: agentSource ?? customerPrefixes, agentSourceLocation: fields["agent_source"]?.location,
            agents: agents, callKbps: callKbps, shiftHours: shiftHours,
            attachmentsBucket: bucket, location: node.location)
    }

    mutating func router(_ node: YAMLNode) -> Router? {
        guard
            let fields = mapping(
                node, keys: ["name", "vendor", "router_id", "loopback_v6"], context: "router",
                required: ["name", "vendor"])
        else { return nil }
        let name = fields["name"].flatMap { parsed($0, what: "router name", ValueParsers.objectName) }
        let vendor = fields["vendor"].flatMap { choice($0, what: "vendor", as: Vendor.self) }
        let routerID = fields["router_id"].flatMap { parsed($0, what: "router_id", ValueParsers.ipv4Address) }
        let loopbackV6 = fields["loopback_v6"].flatMap { parsed($0, what: "loopback_v6", ValueParsers.ipv6Address) }
        guard let name, let vendor else { return nil }
        return Router(
            name: name, vendor: vendor, routerID: routerID, loopbackV6: loopbackV6, location: node.location)
    }

    static let connectionKeys = [
        "name", "type", "via", "provider", "location", "region", "speed", "router", "interface",
        "transceiver", "autonegotiation", "macsec", "lag", "virtual_interfaces",
    ]

    mutating func connection(_ node: YAMLNode) -> Connection? {
        guard
            let fields = mapping(
                node, keys: Self.connectionKeys, context: "connection", required: ["name", "type", "speed", "router"])
        else { return nil }
        let name = fields["name"].flatMap { parsed($0, what: "connection name", ValueParsers.objectName) }
        let type = fields["type"].flatMap { choice($0, what: "connection type", as: ConnectionType.self) }
        let path = fields["via"].flatMap { choice($0, what: "connection path ('via')", as: ConnectionPath.self) }
        let provider = fields["provider"].flatMap { identifier($0, what: "provider") }
        let location = fields["location"].flatMap { identifier($0, what: "location") }
        let region = fields["region"].flatMap { identifier($0, what: "region") }
        let speed = fields["speed"].flatMap { parsed($0, what: "port speed", ValueParsers.portSpeed) }
        let router = fields["router"].flatMap { identifier($0, what: "router") }
        let interface = fields["interface"].flatMap { parsed($0, what: "interface name", ValueParsers.interfaceName) }
        let transceiver = fields["transceiver"].flatMap { identifier($0, what: "transceiver") }
        let autonegotiation = fields["autonegotiation"].flatMap { boolean($0, what: "autonegotiation") }
        let macsec = fields["macsec"].flatMap { boolean($0, what: "macsec") }
        let lag = fields["lag"].flatMap { parsed($0, what: "LAG name", ValueParsers.objectName) }
        let vifs =
            fields["virtual_interfaces"].map { list($0, what: "virtual_interfaces") { $0.virtualInterface($1) } } ?? []
        if !fields.has("location") && !fields.has("region") {
            fail(
                .missingKey,
                "connection needs 'location' (a Direct Connect location code or name) or 'region' (its home Region)",
                at: node.location)
        }
        guard let name, let type, let speed, let router else { return nil }
        // Docs/TopologyFormat.md: dedicated defaults to cross-connect; a hosted connection always comes from a partner.
        let defaultPath = Located(type.value == .hosted ? ConnectionPath.carrier : .crossConnect, at: node.location)
        return Connection(
            name: name, type: type, path: path ?? defaultPath, provider: provider, locationName: location,
            region: region, speed: speed, router: router, interface: interface, transceiver: transceiver,
            autonegotiation: autonegotiation, macsec: macsec, lag: lag, virtualInterfaces: vifs, location: node.location
        )
    }

    static let virtualInterfaceKeys = [
        "name", "type", "vlan", "address_family", "customer_address", "amazon_address", "bgp_auth_key",
        "bfd", "bgp_peers", "accept", "accept_services", "local_preference", "max_prefixes", "advertise",
    ]

    /// The keys of one BGP peer: the items of `bgp_peers`, or the same keys on the VIF as shorthand.
    static let bgpPeerKeys = ["address_family", "customer_address", "amazon_address", "bgp_auth_key", "bfd"]

    mutating func virtualInterface(_ node: YAMLNode) -> VirtualInterface? {
        guard
            let fields = mapping(
                node, keys: Self.virtualInterfaceKeys, context: "virtual interface", required: ["name", "type", "vlan"])
        else { return nil }
        let name = fields["name"].flatMap { parsed($0, what: "virtual interface name", ValueParsers.objectName) }
        let type = fields["type"].flatMap { choice($0, what: "virtual interface type", as: VirtualInterfaceType.self) }
        // VLAN range is a semantic rule (vlan-out-of-range) so that 5000 is a finding with a fix.
        let vlan = fields["vlan"].flatMap { integer($0, what: "vlan", range: Int(Int32.min)...Int(Int32.max)) }
        let peers: [BGPPeer]?
        if let list = fields["bgp_peers"] {
            for key in Self.bgpPeerKeys {
                guard let location = fields.keyLocation(key) else { continue }
                fail(
                    .conflictingKeys,
                    "'\(key)' cannot be used together with 'bgp_peers' on one virtual interface (move it into the 'bgp_peers' item of its family, or remove 'bgp_peers' and keep the VIF-level keys for a single peer)",
                    at: location)
            }
            peers = bgpPeers(list)
        } else {
            peers = bgpPeer(fields, at: node.location).map { [$0] }
        }
        let accept = fields["accept"].flatMap {
            scalarList($0, what: "accept") { $0.choice($1, what: "accept scope", as: AcceptScope.self)?.value }
        }
        let services = fields["accept_services"].flatMap {
            scalarList($0, what: "accept_services") {
                $0.parsed($1, what: "service name", ValueParsers.serviceName)?.value
            }
        }
        let localPreference = fields["local_preference"].flatMap {
            integer($0, what: "local_preference", range: 0...Int(UInt32.max))
        }
        let maxPrefixes = fields["max_prefixes"].flatMap {
            integer($0, what: "max_prefixes", range: 1...Int(UInt32.max))
        }
        let advertise = fields["advertise"].map { list($0, what: "advertise") { $0.advertisement($1) } } ?? []
        guard let name, let type, let vlan, let peers, !peers.isEmpty else { return nil }
        return VirtualInterface(
            name: name, type: type, vlan: vlan, peers: peers, bgpPeersLocation: fields["bgp_peers"]?.location,
            accept: accept.map { Located(Array(Set($0.value)).sorted(), at: $0.location) }
                ?? Located(AcceptScope.allCases, at: node.location),
            acceptServices: services, localPreference: localPreference ?? Located(100, at: node.location),
            maxPrefixes: maxPrefixes, advertise: advertise, location: node.location)
    }

    /// The items of `bgp_peers`; nil when the list is empty or an item cannot be read (errors kept).
    mutating func bgpPeers(_ node: YAMLNode) -> [BGPPeer]? {
        if case .sequence(let items) = node.kind, items.isEmpty {
            fail(
                .invalidValue,
                "'bgp_peers' lists no peer (expected one peer per address family, or remove the key and use the VIF-level keys)",
                at: node.location)
            return nil
        }
        var complete = true
        let peers = list(node, what: "bgp_peers") { decoder, item -> BGPPeer? in
            guard
                let fields = decoder.mapping(
                    item, keys: Self.bgpPeerKeys, context: "BGP peer", required: ["address_family"])
            else {
                complete = false
                return nil
            }
            let peer = decoder.bgpPeer(fields, at: item.location)
            if peer == nil { complete = false }
            return peer
        }
        return complete ? peers : nil
    }

    /// One peer from the peer keys of `fields`: a `bgp_peers` item or a VIF written in shorthand.
    mutating func bgpPeer(_ fields: MappingFields, at location: SourceLocation) -> BGPPeer? {
        let family = fields["address_family"].flatMap { choice($0, what: "address family", as: AddressFamily.self) }
        let customerAddress = fields["customer_address"].flatMap {
            parsed($0, what: "customer_address", ValueParsers.interfaceAddress)
        }
        let amazonAddress = fields["amazon_address"].flatMap {
            parsed($0, what: "amazon_address", ValueParsers.interfaceAddress)
        }
        let authKey = fields["bgp_auth_key"].flatMap { parsed($0, what: "bgp_auth_key", ValueParsers.authKey) }
        let bfd = fields["bfd"].flatMap { boolean($0, what: "bfd") }?.value ?? false
        if fields.has("address_family") && family == nil { return nil }
        // The family follows the peer addresses when not given; IPv4 otherwise (AWS console default).
        let inferredFamily = customerAddress?.value.address.family ?? .ipv4
        return BGPPeer(
            addressFamily: family ?? Located(inferredFamily, at: location),
            customerAddress: customerAddress, amazonAddress: amazonAddress, bgpAuthKey: authKey, bfd: bfd,
            location: location)
    }

    mutating func advertisement(_ node: YAMLNode) -> Advertisement? {
        // A bare prefix is shorthand for `- prefix: P`.
        if case .scalar = node.kind {
            guard let prefix = parsed(node, what: "prefix", ValueParsers.prefix) else { return nil }
            return Advertisement(
                prefix: prefix, scope: nil, communities: [], asPathPrepend: Located(0, at: node.location),
                location: node.location)
        }
        guard
            let fields = mapping(
                node, keys: ["prefix", "scope", "communities", "as_path_prepend"], context: "advertised prefix",
                required: ["prefix"])
        else { return nil }
        let prefix = fields["prefix"].flatMap { parsed($0, what: "prefix", ValueParsers.prefix) }
        let scope = fields["scope"].flatMap { choice($0, what: "scope", as: AdvertiseScope.self) }
        let communities =
            fields["communities"].map {
                list($0, what: "communities") { $0.parsed($1, what: "community", ValueParsers.community) }
            } ?? []
        let prepend = fields["as_path_prepend"].flatMap { integer($0, what: "as_path_prepend", range: 0...10) }
        guard let prefix else { return nil }
        return Advertisement(
            prefix: prefix, scope: scope, communities: communities,
            asPathPrepend: prepend ?? Located(0, at: node.location), location: node.location)
    }

    mutating func internetUplink(_ node: YAMLNode) -> InternetUplink? {
        let keys = [
            "name", "router", "asn", "default_route", "table", "local_preference", "reject_aws_prefixes",
            "neighbor_address", "local_address",
        ]
        guard let fields = mapping(node, keys: keys, context: "internet uplink", required: ["name", "router", "asn"])
        else { return nil }
        let name = fields["name"].flatMap { parsed($0, what: "uplink name", ValueParsers.objectName) }
        let router = fields["router"].flatMap { identifier($0, what: "router") }
        let asn = fields["asn"].flatMap { parsed($0, what: "ISP ASN", ValueParsers.asn) }
        let defaultRoute = fields["default_route"].flatMap { boolean($0, what: "default_route") }?.value ?? false
        let table = fields["table"].flatMap { identifier($0, what: "table") }
        let localPreference = fields["local_preference"].flatMap {
            integer($0, what: "local_preference", range: 0...Int(UInt32.max))
        }
        let rejectAWSPrefixes = fields["reject_aws_prefixes"].flatMap { boolean($0, what: "reject_aws_prefixes") }
        let neighborAddress = fields["neighbor_address"].flatMap {
            parsed($0, what: "neighbor_address", ValueParsers.address)
        }
        let localAddress = fields["local_address"].flatMap { parsed($0, what: "local_address", ValueParsers.address) }
        guard let name, let router, let asn else { return nil }
        return InternetUplink(
            name: name, router: router, asn: asn, defaultRoute: defaultRoute, table: table,
            localPreference: localPreference ?? Located(100, at: node.location), rejectAWSPrefixes: rejectAWSPrefixes,
            neighborAddress: neighborAddress, localAddress: localAddress, location: node.location)
    }

    mutating func firewall(_ node: YAMLNode) -> FirewallSettings? {
        guard let fields = mapping(node, keys: ["stateful", "allow_list"], context: "firewall") else { return nil }
        let stateful = fields["stateful"].flatMap { boolean($0, what: "stateful") }?.value ?? true
        let style =
            fields["allow_list"].flatMap {
                choice($0, what: "allow-list style", as: FirewallSettings.AllowListStyle.self)
            }?.value ?? .domains
        return FirewallSettings(stateful: stateful, allowList: style, location: node.location)
    }

    mutating func assumptions(_ node: YAMLNode) -> ModelingAssumptions? {
        let keys = ["continents", "aws_as_path_length", "internet_as_path_length", "aws_also_advertises"]
        guard let fields = mapping(node, keys: keys, context: "assumptions") else { return nil }
        var overrides: [String: Continent] = [:]
        if let continents = fields["continents"] {
            if case .mapping(let entries) = continents.kind {
                for entry in entries {
                    if let continent = choice(entry.value, what: "continent", as: Continent.self) {
                        overrides[entry.key] = continent.value
                    }
                }
            } else {
                fail(
                    .wrongType,
                    "expected a mapping of Region code to continent for 'continents', found \(Self.describe(continents))",
                    at: continents.location)
            }
        }
        let awsLength =
            fields["aws_as_path_length"].flatMap { integer($0, what: "aws_as_path_length", range: 1...64) }?.value ?? 3
        let internetLength =
            fields["internet_as_path_length"].flatMap { integer($0, what: "internet_as_path_length", range: 1...64) }?
            .value ?? 2
        let alsoAdvertises = fields["aws_also_advertises"].flatMap { identifier($0, what: "aws_also_advertises") }
        return ModelingAssumptions(
            continentOverrides: overrides, awsASPathLength: awsLength, internetASPathLength: internetLength,
            awsAlsoAdvertises: alsoAdvertises, location: node.location)
    }
}
