# Terraform configuration for the AWS provider, written by dxplan.
#
# Not modelled here: the provider block and its Region, tags, routers and their BGP policy
# (communities, local preference, AS-path prepends, accept filters, BFD), MACsec keys, the
# partner's side of a hosted connection, Direct Connect gateways, and the LOA-CFA.
# A dual-stack VIF (bgp_peers) is its VIF with the first peer's family, and an
# aws_dx_bgp_peer for the second family.

variable "dx_syd_hosted_1_hosted_connection_id" {
  description = "Id (dxcon-...) of the hosted connection 'dx-syd-hosted-1' that the partner created"
  type        = string
}

variable "pub_syd_1_bgp_auth_key" {
  description = "BGP MD5 key of the VIF 'pub-syd-1' (the topology reads it from the environment variable DX_SYD_1_KEY)"
  type        = string
  sensitive   = true
}

resource "aws_dx_connection_confirmation" "dx_syd_hosted_1" {
  connection_id = var.dx_syd_hosted_1_hosted_connection_id
}

resource "aws_dx_public_virtual_interface" "pub_syd_1" {
  connection_id         = aws_dx_connection_confirmation.dx_syd_hosted_1.id
  name                  = "pub-syd-1"
  vlan                  = 1101
  address_family        = "ipv4"
  bgp_asn               = 65550
  customer_address      = "198.51.100.241/30"
  amazon_address        = "198.51.100.242/30"
  bgp_auth_key          = var.pub_syd_1_bgp_auth_key
  route_filter_prefixes = [
    "198.51.100.0/24",
  ]
}
