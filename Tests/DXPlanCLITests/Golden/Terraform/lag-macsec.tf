# Terraform configuration for the AWS provider, written by dxplan.
#
# Not modelled here: the provider block and its Region, tags, routers and their BGP policy
# (communities, local preference, AS-path prepends, accept filters, BFD), MACsec keys, the
# partner's side of a hosted connection, Direct Connect gateways, and the LOA-CFA.
# A dual-stack VIF (bgp_peers) is its VIF with the first peer's family, and an
# aws_dx_bgp_peer for the second family.

variable "pub_ld5_1_bgp_auth_key" {
  description = "BGP MD5 key of the VIF 'pub-ld5-1' (the topology reads it from the environment variable DX_LD5_KEY)"
  type        = string
  sensitive   = true
}

resource "aws_dx_lag" "lag_ld5" {
  name                  = "lag-ld5"
  connections_bandwidth = "100Gbps"
  location              = "EQLD5"
}

resource "aws_dx_connection" "dx_ld5_1" {
  name      = "dx-ld5-1"
  bandwidth = "100Gbps"
  location  = "EQLD5"
}

resource "aws_dx_connection_association" "dx_ld5_1" {
  connection_id = aws_dx_connection.dx_ld5_1.id
  lag_id        = aws_dx_lag.lag_ld5.id
}

resource "aws_dx_connection" "dx_ld5_2" {
  name      = "dx-ld5-2"
  bandwidth = "100Gbps"
  location  = "EQLD5"
}

resource "aws_dx_connection_association" "dx_ld5_2" {
  connection_id = aws_dx_connection.dx_ld5_2.id
  lag_id        = aws_dx_lag.lag_ld5.id
}

resource "aws_dx_public_virtual_interface" "pub_ld5_1" {
  connection_id         = aws_dx_lag.lag_ld5.id
  name                  = "pub-ld5-1"
  vlan                  = 501
  address_family        = "ipv4"
  bgp_asn               = 64499
  customer_address      = "203.0.113.249/30"
  amazon_address        = "203.0.113.250/30"
  bgp_auth_key          = var.pub_ld5_1_bgp_auth_key
  route_filter_prefixes = [
    "203.0.113.0/24",
  ]
}
