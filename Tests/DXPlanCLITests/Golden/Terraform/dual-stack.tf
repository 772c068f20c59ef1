# Terraform configuration for the AWS provider, written by dxplan.
#
# Not modelled here: the provider block and its Region, tags, routers and their BGP policy
# (communities, local preference, AS-path prepends, accept filters, BFD), MACsec keys, the
# partner's side of a hosted connection, Direct Connect gateways, and the LOA-CFA.
# A dual-stack VIF (bgp_peers) is its VIF with the first peer's family, and an
# aws_dx_bgp_peer for the second family.

variable "pub_hio_v4_bgp_auth_key" {
  description = "BGP MD5 key of the VIF 'pub-hio-v4' (the topology reads it from the environment variable DX_HIO_V4_KEY)"
  type        = string
  sensitive   = true
}

variable "pub_hio_v6_bgp_auth_key" {
  description = "BGP MD5 key of the VIF 'pub-hio-v6' (the topology reads it from the environment variable DX_HIO_V6_KEY)"
  type        = string
  sensitive   = true
}

resource "aws_dx_connection" "dx_hio_1" {
  name      = "dx-hio-1"
  bandwidth = "10Gbps"
  location  = "ECPO1"
}

resource "aws_dx_public_virtual_interface" "pub_hio_v4" {
  connection_id         = aws_dx_connection.dx_hio_1.id
  name                  = "pub-hio-v4"
  vlan                  = 401
  address_family        = "ipv4"
  bgp_asn               = 65540
  customer_address      = "198.51.100.253/30"
  amazon_address        = "198.51.100.254/30"
  bgp_auth_key          = var.pub_hio_v4_bgp_auth_key
  route_filter_prefixes = [
    "198.51.100.0/24",
  ]
}

resource "aws_dx_public_virtual_interface" "pub_hio_v6" {
  connection_id         = aws_dx_connection.dx_hio_1.id
  name                  = "pub-hio-v6"
  vlan                  = 402
  address_family        = "ipv6"
  bgp_asn               = 65540
  customer_address      = "2001:db8:ffff:1::2/125"
  amazon_address        = "2001:db8:ffff:1::1/125"
  bgp_auth_key          = var.pub_hio_v6_bgp_auth_key
  route_filter_prefixes = [
    "2001:db8:100::/48",
  ]
}
