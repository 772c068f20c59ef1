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

variable "pub_iad_2_bgp_auth_key" {
  description = "BGP MD5 key of the VIF 'pub-iad-2' (the topology reads it from the environment variable DX_IAD_2_KEY)"
  type        = string
  sensitive   = true
}

variable "pub_chi_1_bgp_auth_key" {
  description = "BGP MD5 key of the VIF 'pub-chi-1' (the topology reads it from the environment variable DX_CHI_1_KEY)"
  type        = string
  sensitive   = true
}

variable "pub_chi_2_bgp_auth_key" {
  description = "BGP MD5 key of the VIF 'pub-chi-2' (the topology reads it from the environment variable DX_CHI_2_KEY)"
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
  bgp_asn               = 64497
  customer_address      = "203.0.113.10/31"
  amazon_address        = "203.0.113.11/31"
  bgp_auth_key          = var.pub_iad_1_bgp_auth_key
  route_filter_prefixes = [
    "198.51.100.0/24",
  ]
}

resource "aws_dx_connection" "dx_iad_2" {
  name      = "dx-iad-2"
  bandwidth = "10Gbps"
  location  = "EqDC2"
}

resource "aws_dx_public_virtual_interface" "pub_iad_2" {
  connection_id         = aws_dx_connection.dx_iad_2.id
  name                  = "pub-iad-2"
  vlan                  = 102
  address_family        = "ipv4"
  bgp_asn               = 64497
  customer_address      = "203.0.113.12/31"
  amazon_address        = "203.0.113.13/31"
  bgp_auth_key          = var.pub_iad_2_bgp_auth_key
  route_filter_prefixes = [
    "198.51.100.0/24",
  ]
}

resource "aws_dx_connection" "dx_chi_1" {
  name      = "dx-chi-1"
  bandwidth = "10Gbps"
  location  = "EQC50"
}

resource "aws_dx_public_virtual_interface" "pub_chi_1" {
  connection_id         = aws_dx_connection.dx_chi_1.id
  name                  = "pub-chi-1"
  vlan                  = 201
  address_family        = "ipv4"
  bgp_asn               = 64497
  customer_address      = "203.0.113.20/31"
  amazon_address        = "203.0.113.21/31"
  bgp_auth_key          = var.pub_chi_1_bgp_auth_key
  route_filter_prefixes = [
    "198.51.100.0/24",
  ]
}

resource "aws_dx_connection" "dx_chi_2" {
  name      = "dx-chi-2"
  bandwidth = "10Gbps"
  location  = "EQC50"
}

resource "aws_dx_public_virtual_interface" "pub_chi_2" {
  connection_id         = aws_dx_connection.dx_chi_2.id
  name                  = "pub-chi-2"
  vlan                  = 202
  address_family        = "ipv4"
  bgp_asn               = 64497
  customer_address      = "203.0.113.22/31"
  amazon_address        = "203.0.113.23/31"
  bgp_auth_key          = var.pub_chi_2_bgp_auth_key
  route_filter_prefixes = [
    "198.51.100.0/24",
  ]
}
