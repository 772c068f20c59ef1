/// The sources dxplan cites, in the order of Docs/Sources.md.
extension Reference {
    static let dxGuide = "https://docs.aws.amazon.com/directconnect/latest/UserGuide/"
    static let dxAPI = "https://docs.aws.amazon.com/directconnect/latest/APIReference/"
    static let connectGuide = "https://docs.aws.amazon.com/connect/latest/adminguide/"
    static let whitepaper = "https://docs.aws.amazon.com/whitepapers/latest/aws-direct-connect-for-amazon-connect/"
    static let vpcGuide = "https://docs.aws.amazon.com/vpc/latest/userguide/"
    static let rfcEditor = "https://www.rfc-editor.org/rfc/"
    static let frrGuide = "https://docs.frrouting.org/en/latest/"
    static let birdGuide = "https://bird.network.cz/?get_doc&v=20&f="
    static let ciscoXE = "https://www.cisco.com/c/en/us/td/docs/ios-xml/ios/"
    static let ciscoXR = "https://www.cisco.com/c/en/us/td/docs/routers/asr9000/software/"
    static let juniper = "https://www.juniper.net/documentation/"

    /// Every source, grouped: Direct Connect, Amazon Connect, ip-ranges, RFCs, vendors, dxplan's docs.
    public static let all: [Reference] =
        directConnect + amazonConnect + ipRanges + rfcs + vendors + vendorNaming + dxplanDocs

    static let directConnect: [Reference] = [
        Reference(
            "dx-routing-policies", "AWS Direct Connect User Guide: Routing policies and BGP communities",
            dxGuide + "routing-and-bgp.html"),
        Reference("dx-welcome", "AWS Direct Connect User Guide: What is Direct Connect?", dxGuide + "Welcome.html"),
        Reference(
            "dx-virtual-interfaces",
            "AWS Direct Connect User Guide: Virtual interfaces and hosted virtual interfaces",
            dxGuide + "WorkingWithVirtualInterfaces.html"),
        Reference("dx-quotas", "AWS Direct Connect User Guide: Direct Connect quotas", dxGuide + "limits.html"),
        Reference(
            "dx-locations", "AWS Direct Connect User Guide: Access to AWS Regions (locations and their Regions)",
            dxGuide + "remote_regions.html"),
        Reference(
            "dx-classic-connection", "AWS Direct Connect User Guide: Configure a Classic connection",
            dxGuide + "toolkit-classic.html"),
        Reference(
            "dx-bgp-settings", "AWS Direct Connect User Guide: BGP-specific settings",
            dxGuide + "bgp-specific-settings.html"),
        Reference("dx-long-asn", "AWS Direct Connect User Guide: Long ASN support", dxGuide + "long-asn-support.html"),
        Reference(
            "dx-dedicated-connections", "AWS Direct Connect User Guide: Dedicated connections",
            dxGuide + "dedicated_connection.html"),
        Reference(
            "dx-hosted-connections", "AWS Direct Connect User Guide: Hosted connections",
            dxGuide + "hosted_connection.html"),
        Reference("dx-lags", "AWS Direct Connect User Guide: Link aggregation groups", dxGuide + "lags.html"),
        Reference("dx-macsec", "AWS Direct Connect User Guide: MAC Security", dxGuide + "MACsec.html"),
        Reference(
            "dx-prefix-controls", "AWS Direct Connect User Guide: Inbound prefix controls",
            dxGuide + "prefix-controls.html"),
        Reference(
            "dx-troubleshoot-layer3", "AWS Direct Connect User Guide: Troubleshoot layer 3/4 issues",
            dxGuide + "ts-layer-3.html"),
        Reference(
            "dx-resiliency-toolkit", "AWS Direct Connect User Guide: Resiliency Toolkit",
            dxGuide + "resiliency_toolkit.html"),
        Reference(
            "dx-api-new-public-vif", "AWS Direct Connect API Reference: NewPublicVirtualInterface",
            dxAPI + "API_NewPublicVirtualInterface.html"),
        Reference(
            "dx-api-new-public-vif-allocation",
            "AWS Direct Connect API Reference: NewPublicVirtualInterfaceAllocation",
            dxAPI + "API_NewPublicVirtualInterfaceAllocation.html"),
        Reference(
            "dx-api-route-filter-prefix", "AWS Direct Connect API Reference: RouteFilterPrefix",
            dxAPI + "API_RouteFilterPrefix.html"),
        Reference(
            "dx-api-create-bgp-peer", "AWS Direct Connect API Reference: CreateBGPPeer",
            dxAPI + "API_CreateBGPPeer.html"),
        Reference(
            "dx-api-describe-locations", "AWS CLI Command Reference: aws directconnect describe-locations",
            "https://docs.aws.amazon.com/cli/latest/reference/directconnect/describe-locations.html"),
        Reference(
            "dx-api-describe-connections", "AWS Direct Connect API Reference: DescribeConnections",
            dxAPI + "API_DescribeConnections.html"),
        Reference(
            "dx-api-describe-lags", "AWS Direct Connect API Reference: DescribeLags", dxAPI + "API_DescribeLags.html"),
        Reference(
            "dx-api-describe-virtual-interfaces", "AWS Direct Connect API Reference: DescribeVirtualInterfaces",
            dxAPI + "API_DescribeVirtualInterfaces.html"),
        Reference(
            "dx-api-allocate-hosted-connection", "AWS Direct Connect API Reference: AllocateHostedConnection",
            dxAPI + "API_AllocateHostedConnection.html"),
        Reference(
            "dx-api-changes-2016-12", "AWS API Changes: Direct Connect, 2016-12-01 (location code example)",
            "https://awsapichanges.info/archive/changes/5dba63-directconnect.html"),
        Reference(
            "cq-provider-aws-dx-example",
            "cloudquery/cq-provider-aws: Direct Connect test infrastructure (location EqDC2)",
            "https://github.com/cloudquery/cq-provider-aws/blob/a6f9b53f1fd84717393b2ef78dcae0eb3dcc0b1a/"
                + "resources/integration_tests/infra/aws_directconnect_connections.tf"),
        Reference("dx-faqs", "AWS Direct Connect FAQs", "https://aws.amazon.com/directconnect/faqs/"),
        Reference(
            "dx-400g-announcement",
            "What's New with AWS: AWS Direct Connect native 400 Gbps dedicated connections (July 2024)",
            "https://aws.amazon.com/about-aws/whats-new/2024/07/"
                + "aws-direct-connect-native-400-gbps-dedicated-connections-select-locations/"),
        Reference(
            "dx-kc-control-routes",
            "AWS re:Post Knowledge Center: controlling routes on a Direct Connect public VIF",
            "https://repost.aws/knowledge-center/control-routes-direct-connect"),
        Reference(
            "dx-kc-public-vif-verifying", "AWS re:Post Knowledge Center: public VIF stuck in the verifying state",
            "https://repost.aws/knowledge-center/public-vif-stuck-verifying"),
        Reference(
            "dx-user-guide-history", "AWS Direct Connect User Guide, archived source repository (2018–2023)",
            "https://github.com/awsdocs/aws-direct-connect-user-guide"),
        Reference("amazon-peering-policy", "Amazon peering policy (AS16509)", "https://aws.amazon.com/peering/policy/"),
    ]

    static let amazonConnect: [Reference] = [
        Reference(
            "connect-ccp-networking", "Amazon Connect Administrator Guide: Set up your network",
            connectGuide + "ccp-networking.html"),
        Reference(
            "connect-regions", "Amazon Connect Administrator Guide: Availability by Region",
            connectGuide + "regions.html"),
        Reference(
            "connect-endpoints", "AWS General Reference: Amazon Connect endpoints and quotas",
            "https://docs.aws.amazon.com/general/latest/gr/connect_region.html"),
        Reference(
            "connect-update-domain", "Amazon Connect Administrator Guide: Update your Amazon Connect domain",
            connectGuide + "update-your-connect-domain.html"),
        Reference(
            "connect-admin-guide-history",
            "Amazon Connect Administrator Guide, archived source repository (2019–2023)",
            "https://github.com/awsdocs/amazon-connect-admin-guide"),
        Reference(
            "dx-connect-whitepaper", "Whitepaper: AWS Direct Connect for Amazon Connect (November 2, 2022)",
            whitepaper + "aws-direct-connect-for-amazon-connect.html"),
        Reference(
            "dx-connect-whitepaper-overview",
            "Whitepaper: AWS Direct Connect for Amazon Connect, Technical overview",
            whitepaper + "technical-overview.html"),
        Reference(
            "dx-connect-whitepaper-vifs", "Whitepaper: AWS Direct Connect for Amazon Connect, Virtual interfaces",
            whitepaper + "virtual-interfaces-vif.html"),
        Reference(
            "dx-connect-whitepaper-network",
            "Whitepaper: AWS Direct Connect for Amazon Connect, Network requirements",
            whitepaper + "network-requirements.html"),
    ]

    static let ipRanges: [Reference] = [
        Reference("aws-ip-ranges", "Amazon VPC User Guide: AWS IP address ranges", vpcGuide + "aws-ip-ranges.html"),
        Reference(
            "aws-ip-ranges-syntax", "Amazon VPC User Guide: Syntax for AWS IP address range JSON",
            vpcGuide + "aws-ip-syntax.html"),
        Reference(
            "aws-ip-ranges-json", "AWS: ip-ranges.json (the published file)",
            "https://ip-ranges.amazonaws.com/ip-ranges.json"),
    ]

    static let rfcs: [Reference] = [
        rfc(1812, "Requirements for IP Version 4 Routers"),
        rfc(1918, "Address Allocation for Private Internets"),
        rfc(1997, "BGP Communities Attribute"),
        rfc(3021, "Using 31-Bit Prefixes on IPv4 Point-to-Point Links"),
        rfc(3849, "IPv6 Address Prefix Reserved for Documentation"),
        rfc(4180, "Common Format and MIME Type for Comma-Separated Values (CSV) Files"),
        rfc(4193, "Unique Local IPv6 Unicast Addresses"),
        rfc(4271, "A Border Gateway Protocol 4 (BGP-4)"),
        rfc(4291, "IP Version 6 Addressing Architecture"),
        rfc(4486, "Subcodes for BGP Cease Notification Message"),
        rfc(5398, "Autonomous System (AS) Number Reservation for Documentation Use"),
        rfc(5737, "IPv4 Address Blocks Reserved for Documentation"),
        rfc(6598, "IANA-Reserved IPv4 Prefix for Shared Address Space"),
        rfc(6793, "BGP Support for Four-Octet Autonomous System (AS) Number Space"),
        rfc(6890, "Special-Purpose IP Address Registries"),
        rfc(6996, "Autonomous System (AS) Reservation for Private Use"),
        rfc(7454, "BGP Operations and Security"),
        rfc(7606, "Revised Error Handling for BGP UPDATE Messages"),
        rfc(8212, "Default External BGP (EBGP) Route Propagation Behavior without Policies"),
    ]

    static func rfc(_ number: Int, _ title: String) -> Reference {
        Reference("rfc\(number)", "RFC \(number): \(title)", rfcEditor + "rfc\(number)")
    }

    static let vendors: [Reference] = [
        Reference("frr-bgp", "FRRouting User Guide: BGP", frrGuide + "bgp.html"),
        Reference("frr-route-maps", "FRRouting User Guide: Route Maps", frrGuide + "routemap.html"),
        Reference("frr-filtering", "FRRouting User Guide: Filtering", frrGuide + "filter.html"),
        Reference("frr-bfd", "FRRouting User Guide: BFD", frrGuide + "bfd.html"),
        Reference("frr-static", "FRRouting User Guide: Static Routing", frrGuide + "static.html"),
        Reference("frr-vtysh", "FRRouting User Guide: VTY shell", frrGuide + "vtysh.html"),
        Reference("bird-configuration", "BIRD 2.0 User's Guide: Configuration", birdGuide + "bird-3.html"),
        Reference("bird-filters", "BIRD 2.0 User's Guide: Filters", birdGuide + "bird-5.html"),
        Reference("bird-protocols", "BIRD 2.0 User's Guide: Protocols", birdGuide + "bird-6.html"),
        Reference(
            "gobgp-policy", "GoBGP: Policy Configuration (statements of conditions, actions, route disposition)",
            "https://github.com/osrg/gobgp/blob/master/docs/sources/policy.md"),
        Reference(
            "cisco-iosxe-vlan", "Cisco IOS XE: LAN Switching Configuration Guide (802.1Q subinterfaces)",
            ciscoXE + "lanswitch/configuration/xe-16/lanswitch-xe-16-book.html"),
        Reference(
            "cisco-iosxe-bfd", "Cisco IOS XE: IP Routing BFD Configuration Guide",
            ciscoXE + "iproute_bfd/configuration/xe-16/irb-xe-16-book.html"),
        Reference(
            "cisco-iosxe-static", "Cisco IOS XE: IP Routing Protocol-Independent Configuration Guide",
            ciscoXE + "iproute_pi/configuration/xe-16/iri-xe-16-book.html"),
        Reference(
            "cisco-iosxe-bgp", "Cisco IOS XE: IP Routing BGP Configuration Guide",
            ciscoXE + "iproute_bgp/configuration/xe-16/irg-xe-16-book.html"),
        Reference(
            "cisco-iosxe-macsec", "Cisco IOS XE: MACsec Encryption Configuration Guide",
            ciscoXE + "macsec/configuration/xe-16/macsec-xe-16-book.html"),
        Reference(
            "cisco-iosxr-interfaces",
            "Cisco IOS XR: Interface and Hardware Component Configuration Guide (ASR 9000)",
            ciscoXR + "interfaces/configuration/guide/b-interfaces-hardware-component-cg-asr9000.html"),
        Reference(
            "cisco-iosxr-routing", "Cisco IOS XR: Routing Configuration Guide (ASR 9000)",
            ciscoXR + "routing/configuration/guide/b-routing-cg-asr9000.html"),
        Reference(
            "cisco-iosxr-bgp-commands", "Cisco IOS XR: BGP Commands",
            "https://www.cisco.com/c/en/us/td/docs/ios_xr_sw/iosxr_r3.2/routing/command/reference/rr32bgp.html"),
        Reference(
            "junos-vlan-tagging", "Junos OS CLI Reference: vlan-tagging",
            juniper
                + "us/en/software/junos/cli-reference/topics/ref/statement/vlan-tagging-edit-interfaces.html"),
        Reference(
            "junos-static", "Junos OS: static (routing-options)",
            juniper
                + "us/en/software/junos/static-routing/topics/ref/statement/static-edit-routing-options.html"),
        Reference(
            "junos-communities", "Junos OS: BGP communities as routing policy match conditions",
            juniper + "en_US/junos12.2/topics/example/"
                + "policy-bgp-communities-configured-as-routing-policy-match-conditions.html"),
        Reference(
            "junos-route-filter-lists", "Junos OS: Example: Configuring Route Filter Lists",
            juniper
                + "us/en/software/junos/routing-policy/topics/example/"
                + "configuring-route-filter-lists-example.html"),
        Reference(
            "junos-prefix-list", "Junos OS: prefix-list (policy-options)",
            juniper
                + "en_US/junos/topics/reference/configuration-statement/prefix-list-edit-policy-options.html"),
        Reference(
            "junos-policy-options", "Junos OS: policy-options",
            juniper + "en_US/junos13.2/topics/reference/configuration-statement/policy-options-edit.html"),
        Reference(
            "junos-prefix-limit", "Junos OS CLI Reference: prefix-limit (BGP)",
            juniper + "us/en/software/junos/cli-reference/topics/ref/statement/prefix-limit-edit-protocols-bgp.html"),
        Reference(
            "junos-accepted-prefix-limit", "Junos OS CLI Reference: accepted-prefix-limit (BGP)",
            juniper
                + "us/en/software/junos/cli-reference/topics/ref/statement/accepted-prefix-limit-edit-protocols-bgp.html"
        ),
        Reference(
            "junos-aggregated-ethernet", "Junos OS: Aggregated Ethernet interfaces and LACP",
            juniper
                + "us/en/software/junos/interfaces-ethernet/topics/topic-map/aggregated-ethernet-interfaces-lacp.html"),
        Reference("arista-eos-manual", "Arista EOS User Manual", "https://www.arista.com/en/um-eos"),
        Reference(
            "arista-eos-bgp", "Arista EOS User Manual: Border Gateway Protocol (BGP)",
            "https://www.arista.com/um-eos/eos-border-gateway-protocol-bgp"),
        Reference(
            "ansible-eos-route-maps", "Ansible arista.eos collection: eos_route_maps module",
            "https://docs.ansible.com/ansible/latest/collections/arista/eos/eos_route_maps_module.html"),
        Reference("nftables-wiki", "nftables wiki", "https://wiki.nftables.org"),
        Reference(
            "asymmetric-routing", "Microsoft Learn: Asymmetric routing with multiple network paths (stateful devices)",
            "https://learn.microsoft.com/en-us/azure/expressroute/expressroute-asymmetric-routing"),
        Reference(
            "linux-netdevice", "Linux man-pages: netdevice(7) (IFNAMSIZ)",
            "https://man7.org/linux/man-pages/man7/netdevice.7.html"),
        Reference(
            "owasp-csv-injection", "OWASP: CSV Injection",
            "https://owasp.org/www-community/attacks/CSV_Injection"),
        Reference(
            "sarif", "OASIS: Static Analysis Results Interchange Format (SARIF) Version 2.1.0",
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html"),
        Reference(
            "sarif-schema", "OASIS: SARIF Version 2.1.0 JSON schema (errata 01)",
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"),
        Reference(
            "tf-aws-dx-connection", "Terraform AWS provider: aws_dx_connection resource",
            "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dx_connection"),
        Reference(
            "tf-aws-dx-lag", "Terraform AWS provider: aws_dx_lag resource",
            "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dx_lag"),
        Reference(
            "tf-aws-dx-connection-association", "Terraform AWS provider: aws_dx_connection_association resource",
            "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dx_connection_association"),
        Reference(
            "tf-aws-dx-connection-confirmation", "Terraform AWS provider: aws_dx_connection_confirmation resource",
            "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dx_connection_confirmation"),
        Reference(
            "tf-aws-dx-public-virtual-interface", "Terraform AWS provider: aws_dx_public_virtual_interface resource",
            "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dx_public_virtual_interface"),
        Reference(
            "tf-aws-dx-private-virtual-interface", "Terraform AWS provider: aws_dx_private_virtual_interface resource",
            "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dx_private_virtual_interface"),
        Reference(
            "tf-aws-dx-transit-virtual-interface", "Terraform AWS provider: aws_dx_transit_virtual_interface resource",
            "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dx_transit_virtual_interface"),
        Reference(
            "tf-aws-dx-hosted-public-virtual-interface",
            "Terraform AWS provider: aws_dx_hosted_public_virtual_interface resource",
            "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dx_hosted_public_virtual_interface"
        ),
        Reference(
            "tf-aws-dx-hosted-public-virtual-interface-accepter",
            "Terraform AWS provider: aws_dx_hosted_public_virtual_interface_accepter resource",
            "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dx_hosted_public_virtual_interface_accepter"
        ),
        Reference(
            "tf-aws-dx-bgp-peer", "Terraform AWS provider: aws_dx_bgp_peer resource",
            "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dx_bgp_peer"),
        Reference(
            "hcl-native-syntax", "HashiCorp HCL: Native Syntax Specification",
            "https://github.com/hashicorp/hcl/blob/main/hclsyntax/spec.md"),
        Reference(
            "tf-sensitive-variables", "Terraform: Input variables (sensitive)",
            "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output"),
        Reference(
            "tf-resource-names", "Terraform: Resource blocks (resource names)",
            "https://developer.hashicorp.com/terraform/language/resources/syntax"),
    ]

    /// Interface naming and what each vendor's CLI interprets in a key (Docs/Vendors.md).
    static let vendorNaming: [Reference] = [
        Reference(
            "cisco-ios-interface", "Cisco IOS Interface and Hardware Component Command Reference: interface",
            "https://www.cisco.com/en/US/docs/ios-xml/ios/interface/command/ir-i1.html"),
        Reference(
            "cisco-ios-cli-help", "Cisco IOS Command Reference: Using Cisco IOS Software (Getting Help)",
            "https://www.cisco.com/en/US/docs/ios/12_3/vvf_r/vrgusing_ps1839_TSD_Products_Command_Reference_Chapter.html"
        ),
        Reference(
            "junos-interface-naming", "Junos OS: Interface Naming Overview",
            "https://www.juniper.net/documentation/en_US/junos12.2/topics/concept/interfaces-interface-naming-overview.html"
        ),
        Reference(
            "junos-cli-help", "Junos OS: Online Help in the CLI",
            "https://www.juniper.net/documentation/software/junos-es/junos-es92/junos-es-admin-guide/online-help.html"),
        Reference(
            "arista-eos-layer1", "Arista EOS User Manual: Layer 1 Profiles (interface numbering)",
            "https://www.arista.com/en/um-eos/eos-layer-1-profiles"),
        Reference(
            "quagga-cli-help", "Quagga documentation: CLI Advanced Commands (the vtysh command line FRR inherits)",
            "https://www.nongnu.org/quagga/docs/docs-multi/CLI-Advanced-Commands.html"),
        Reference(
            "linux-dev-valid-name", "Linux kernel source: net/core/dev.c, dev_valid_name()",
            "https://github.com/torvalds/linux/blob/master/net/core/dev.c"),
        Reference(
            "ripestat-announced-prefixes", "RIPEstat Data API: Announced Prefixes (the prefixes an AS announces)",
            "https://stat.ripe.net/docs/data-api/api-endpoints/announced-prefixes"),
    ]

    static let dxplanDocs: [Reference] = [
        Reference("dxplan-topology-format", "dxplan documentation: Topology file format", "Docs/TopologyFormat.md"),
        Reference("dxplan-simulation", "dxplan documentation: The simulation model", "Docs/Simulation.md"),
        Reference("dxplan-assumptions", "dxplan documentation: Modeling assumptions", "Docs/Assumptions.md"),
        Reference("dxplan-vendors", "dxplan documentation: Router configuration per vendor", "Docs/Vendors.md"),
        Reference("dxplan-robustness", "dxplan documentation: Robustness (secrets)", "Docs/Robustness.md"),
    ]
}
