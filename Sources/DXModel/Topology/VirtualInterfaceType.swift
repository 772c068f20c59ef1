/// The three Direct Connect virtual interface types (AWS DX User Guide, "Virtual interfaces").
///
/// Only public VIFs carry public AWS prefixes; private and transit VIFs are validated and
/// rendered but carry no routes in the simulation (Docs/TopologyFormat.md).
public enum VirtualInterfaceType: String, CaseIterable, Sendable {
    case `public`
    case `private`
    case transit
}
