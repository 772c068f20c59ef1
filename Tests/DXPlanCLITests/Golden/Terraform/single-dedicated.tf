# Terraform configuration for the AWS provider, written by dxplan.
#
# Not modelled here: the provider block and its Region, tags, routers and their BGP policy
# (communities, local preference, AS-path prepends, accept filters, BFD), MACsec keys, the
# partner's side of a hosted connection, Direct Connect gateways, and the LOA-CFA.
# A dual-stack VIF (bgp_peers) is its VIF with the first peer's family, and an
# aws_dx_bgp_peer for the second family.

variable "pub_iad_1_bgp_auth_key" {
  description = "BGP MD5 key of the VIF 'pub-iad-1' (the topology reads it from the environment variable DX_IAD_1_KEY)"
  type        = string
  sensitive   = true
}

resource "aws_dx_connection" "dx_iad_1" {
  name      = "dx-iad-1"
  bandwidth = "10Gbps"
  location  = "EqDC2"
}

resource "aws_dx_public_virtual_interface" "pub_iad_1" {
  connection_id         = aws_dx_connection.dx_iad_1.id
  name                  = "pub-iad-1"
  vlan                  = 101
  address_family        = "ipv4"
  bgp_asn               = 64496
  customer_address      = "198.51.100.249/30"
  amazon_address        = "198.51.100.250/30"
  bgp_auth_key          = var.pub_iad_1_bgp_auth_key
  route_filter_prefixes = [
    "198.51.100.0/24",
  ]
}
