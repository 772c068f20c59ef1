/// One `dxplan config --interface OLD=NEW`: the topology's interface name and the one to render.
struct InterfaceMapping: Equatable, Sendable {
    var old: String
    var new: String
}
