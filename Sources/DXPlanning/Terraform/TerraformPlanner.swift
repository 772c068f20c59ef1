import DXAWS
import DXCore
import DXModel

/// Plans the Terraform resources of a topology for the AWS provider: `aws_dx_connection` per
/// dedicated connection, `aws_dx_lag` with an `aws_dx_connection_association` per member,
/// `aws_dx_connection_confirmation` per hosted connection (the partner creates it, the customer
/// accepts it), and one virtual interface resource per VIF of its type. Argument names are the
/// provider's (`tf-aws-dx-connection`, `tf-aws-dx-lag`, `tf-aws-dx-connection-association`,
/// `tf-aws-dx-connection-confirmation`, `tf-aws-dx-public-virtual-interface`,
/// `tf-aws-dx-private-virtual-interface`, `tf-aws-dx-transit-virtual-interface`,
/// Docs/Sources.md).
///
/// What the topology does not hold becomes a variable: BGP keys (sensitive, one per VIF with a
/// key, never the key itself), the partner's hosted connection id, the Direct Connect gateway of
/// a private or transit VIF, and a location code the catalog lacks. Order: link groups in file
/// order (LAG, then its members), then each group's VIFs; variables in the order they are first
/// used. The second address family of a dual-stack VIF (`bgp_peers`) is an `aws_dx_bgp_peer`
/// right after its VIF (``bgpPeer(on:family:asn:customerAddress:amazonAddress:key:)``,
/// `tf-aws-dx-bgp-peer`, `dx-api-create-bgp-peer`).
package struct TerraformPlanner {
    private let resolved: ResolvedTopology
    private var names = TerraformNames()
    private var variables: [TerraformVariable] = []
    private var resources: [TerraformResource] = []

    package init(resolved: ResolvedTopology) {
        self.resolved = resolved
    }

    /// The variables declared so far, in order.
    package var declaredVariables: [TerraformVariable] { variables }

    /// What the configuration leaves out; fixed text, printed as the header comment.
    package static let notes: [String] = [
        "Not modelled here: the provider block and its Region, tags, routers and their BGP policy",
        "(communities, local preference, AS-path prepends, accept filters, BFD), MACsec keys, the",
        "partner's side of a hosted connection, Direct Connect gateways, and the LOA-CFA.",
        "A dual-stack VIF (bgp_peers) is its VIF with the first peer's family, and an",
        "aws_dx_bgp_peer for the second family.",
    ]

    /// The plan for the whole topology.
    package static func plan(_ resolved: ResolvedTopology) -> TerraformPlan {
        var planner = TerraformPlanner(resolved: resolved)
        for group in resolved.linkGroups { planner.add(group) }
        return TerraformPlan(notes: notes, variables: planner.variables, resources: planner.resources)
    }

    private mutating func add(_ group: LinkGroup) {
        let attachment: TerraformValue
        if let lagName = group.lagName {
            let first = group.connections[0]
            let lag = TerraformResource(
                type: "aws_dx_lag", name: names.unique(lagName, in: "lag"),
                arguments: [
                    TerraformArgument("name", .string(lagName)),
                    TerraformArgument("connections_bandwidth", .string(first.speed.value.description)),
                    TerraformArgument("location", locationCode(of: first, owner: lagName)),
                ])
            resources.append(lag)
            attachment = lag.idReference
            for member in group.connections {
                let connection = dedicated(member)
                resources.append(connection)
                resources.append(
                    TerraformResource(
                        type: "aws_dx_connection_association", name: connection.name,
                        arguments: [
                            TerraformArgument("connection_id", connection.idReference),
                            TerraformArgument("lag_id", lag.idReference),
                        ]))
            }
        } else {
            let connection = group.connections[0]
            if connection.type.value == .hosted {
                let name = names.unique(connection.name.value, in: "connection")
                let id = variable(
                    name + "_hosted_connection_id",
                    "Id (dxcon-...) of the hosted connection '\(connection.name.value)' that the partner created",
                    sensitive: false)
                let confirmation = TerraformResource(
                    type: "aws_dx_connection_confirmation", name: name,
                    arguments: [TerraformArgument("connection_id", id)])
                resources.append(confirmation)
                attachment = confirmation.idReference
            } else {
                let resource = dedicated(connection)
                resources.append(resource)
                attachment = resource.idReference
            }
        }
        for virtualInterface in group.virtualInterfaces {
            let resource = self.virtualInterface(virtualInterface, on: attachment)
            resources.append(resource)
            // The VIF resource creates the first peer; AWS adds the other family with CreateBGPPeer.
            let first = virtualInterface.primaryPeer.family
            for family in virtualInterface.families where family != first {
                guard let peer = virtualInterface.peer(for: family) else { continue }
                resources.append(
                    bgpPeer(
                        on: resource, family: family, asn: resolved.topology.customer.asn.value,
                        customerAddress: peer.customerAddress?.value, amazonAddress: peer.amazonAddress?.value,
                        key: peer.bgpAuthKey?.value, vifName: virtualInterface.name.value))
            }
        }
    }

    /// `aws_dx_connection` for a dedicated connection or a LAG member (`tf-aws-dx-connection`).
    private mutating func dedicated(_ connection: Connection) -> TerraformResource {
        TerraformResource(
            type: "aws_dx_connection", name: names.unique(connection.name.value, in: "connection"),
            arguments: [
                TerraformArgument("name", .string(connection.name.value)),
                TerraformArgument("bandwidth", .string(connection.speed.value.description)),
                TerraformArgument("location", locationCode(of: connection, owner: connection.name.value)),
            ])
    }

    /// The VIF resource of its type; private and transit VIFs get a gateway variable.
    private mutating func virtualInterface(_ vif: VirtualInterface, on attachment: TerraformValue)
        -> TerraformResource
    {
        let type: String
        switch vif.type.value {
        case .public: type = "aws_dx_public_virtual_interface"
        case .private: type = "aws_dx_private_virtual_interface"
        case .transit: type = "aws_dx_transit_virtual_interface"
        }
        let name = names.unique(vif.name.value, in: "virtual-interface")
        var arguments = [
            TerraformArgument("connection_id", attachment),
            TerraformArgument("name", .string(vif.name.value)),
            TerraformArgument("vlan", .number(vif.vlan.value)),
            TerraformArgument("address_family", .string(vif.addressFamily.value.rawValue)),
            TerraformArgument("bgp_asn", .number(Int(resolved.topology.customer.asn.value.value))),
        ]
        arguments += peerArguments(
            owner: name, vifName: vif.name.value, customerAddress: vif.customerAddress?.value,
            amazonAddress: vif.amazonAddress?.value, key: vif.bgpAuthKey?.value)
        if vif.type.value == .public {
            arguments.append(
                TerraformArgument(
                    "route_filter_prefixes", .list(vif.advertise.map { .string($0.prefix.value.description) })))
        } else {
            let gateway = variable(
                name + "_dx_gateway_id",
                "Id of the Direct Connect gateway for the \(vif.type.value.rawValue) VIF '\(vif.name.value)'",
                sensitive: false)
            arguments.append(TerraformArgument("dx_gateway_id", gateway))
        }
        return TerraformResource(type: type, name: name, arguments: arguments)
    }

    /// `aws_dx_bgp_peer` for a VIF's second address family (`tf-aws-dx-bgp-peer`), written right
    /// after its VIF.
    package mutating func bgpPeer(
        on vif: TerraformResource, family: AddressFamily, asn: ASN, customerAddress: InterfaceAddress?,
        amazonAddress: InterfaceAddress?, key: BGPAuthKey?, vifName: String? = nil
    ) -> TerraformResource {
        let name = names.unique(vif.name + "_" + family.rawValue, in: "bgp-peer")
        var arguments = [
            TerraformArgument("virtual_interface_id", vif.idReference),
            TerraformArgument("address_family", .string(family.rawValue)),
            TerraformArgument("bgp_asn", .number(Int(asn.value))),
        ]
        arguments += peerArguments(
            owner: name, vifName: vifName ?? vif.name, customerAddress: customerAddress, amazonAddress: amazonAddress,
            key: key, family: family)
        return TerraformResource(type: "aws_dx_bgp_peer", name: name, arguments: arguments)
    }

    /// The addresses and the key variable of one BGP peer.
    private mutating func peerArguments(
        owner: String, vifName: String, customerAddress: InterfaceAddress?, amazonAddress: InterfaceAddress?,
        key: BGPAuthKey?, family: AddressFamily? = nil
    ) -> [TerraformArgument] {
        var arguments: [TerraformArgument] = []
        if let customerAddress {
            arguments.append(TerraformArgument("customer_address", .string(customerAddress.description)))
        }
        if let amazonAddress {
            arguments.append(TerraformArgument("amazon_address", .string(amazonAddress.description)))
        }
        if let key {
            arguments.append(
                TerraformArgument("bgp_auth_key", keyVariable(owner: owner, vifName: vifName, key: key, family: family))
            )
        }
        return arguments
    }

    /// A sensitive variable for a BGP key: the key itself never reaches the configuration
    /// (`tf-sensitive-variables`); the description names only where the topology reads it from.
    /// `family` names the peer of a VIF's second family.
    private mutating func keyVariable(owner: String, vifName: String, key: BGPAuthKey, family: AddressFamily?)
        -> TerraformValue
    {
        let origin: String
        switch key {
        case .environment(let name): origin = "the topology reads it from the environment variable \(name)"
        case .literal: origin = "the topology holds it as a literal, which dxplan does not copy"
        }
        let peer = family.map { "the \($0.displayName) peer of " } ?? ""
        return variable(
            owner + "_bgp_auth_key", "BGP MD5 key of \(peer)the VIF '\(vifName)' (\(origin))", sensitive: true)
    }

    /// The API location code of a connection's site: the code as written if it is one, else the
    /// catalog's code for the site in its home Region (``DirectConnectLocationCodes``); a variable
    /// when the catalog has none.
    private mutating func locationCode(of connection: Connection, owner: String) -> TerraformValue {
        let site = resolved.site(of: connection)
        if let location = site.location {
            let codes = DirectConnectLocationCodes.all.filter {
                $0.location == location.name && (site.homeRegion == nil || $0.region == site.homeRegion)
            }.map(\.code)
            let catalog = codes.isEmpty ? DirectConnectLocationCatalog.codes(of: location) : codes
            let written = connection.locationName?.value.lowercased()
            if let code = catalog.first(where: { $0.lowercased() == written }) ?? catalog.first {
                return .string(code)
            }
        }
        return variable(
            TerraformNames.sanitized(owner) + "_location_code",
            "AWS Direct Connect location code (DescribeLocations locationCode) of '\(owner)'", sensitive: false)
    }

    /// Declares a variable (unique name) and returns its reference.
    private mutating func variable(_ name: String, _ description: String, sensitive: Bool) -> TerraformValue {
        let variable = TerraformVariable(
            name: names.unique(name, in: "variable"), description: description, sensitive: sensitive)
        variables.append(variable)
        return variable.reference
    }
}
