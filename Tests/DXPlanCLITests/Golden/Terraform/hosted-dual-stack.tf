# Terraform configuration for the AWS provider, written by dxplan.
#
# Not modelled here: the provider block and its Region, tags, routers and their BGP policy
# (communities, local preference, AS-path prepends, accept filters, BFD), MACsec keys, the
# partner's side of a hosted connection, Direct Connect gateways, and the LOA-CFA.
# A dual-stack VIF (bgp_peers) is its VIF with the first peer's family, and an
# aws_dx_bgp_peer for the second family.

variable "dx_hio_hosted_1_hosted_connection_id" {
  description = "Id (dxcon-...) of the hosted connection 'dx-hio-hosted-1' that the partner created"
  type        = string
}

variable "pub_hio_ds_bgp_auth_key" {
  description = "BGP MD5 key of the VIF 'pub-hio-ds' (the topology reads it from the environment variable DX_HIO_DS_V4_KEY)"
  type        = string
  sensitive   = true
}

variable "pub_hio_ds_ipv6_bgp_auth_key" {
  description = "BGP MD5 key of the IPv6 peer of the VIF 'pub-hio-ds' (the topology reads it from the environment variable DX_HIO_DS_V6_KEY)"
  type        = string
  sensitive   = true
}

resource "aws_dx_connection_confirmation" "dx_hio_hosted_1" {
  connection_id = var.dx_hio_hosted_1_hosted_connection_id
}

resource "aws_dx_public_virtual_interface" "pub_hio_ds" {
  connection_id         = aws_dx_connection_confirmation.dx_hio_hosted_1.id
  name                  = "pub-hio-ds"
  vlan                  = 517
  address_family        = "ipv4"
  bgp_asn               = 64499
  customer_address      = "192.0.2.253/30"
  amazon_address        = "192.0.2.254/30"
  bgp_auth_key          = var.pub_hio_ds_bgp_auth_key
  route_filter_prefixes = [
    "192.0.2.0/24",
    "2001:db8:200::/48",
  ]
}

resource "aws_dx_bgp_peer" "pub_hio_ds_ipv6" {
  virtual_interface_id = aws_dx_public_virtual_interface.pub_hio_ds.id
  address_family       = "ipv6"
  bgp_asn              = 64499
  customer_address     = "2001:db8:ffff:2::2/125"
  amazon_address       = "2001:db8:ffff:2::1/125"
  bgp_auth_key         = var.pub_hio_ds_ipv6_bgp_auth_key
}
