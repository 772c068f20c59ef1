import DXInput

/// A line between two boxes of the topology diagram.
public struct DiagramEdge: Sendable, Equatable {
    public enum Style: String, Sendable {
        /// A physical or BGP link the topology describes.
        case solid
        /// A relation inside AWS (a home Region reaching the Connect Region over the AWS network).
        case dashed
    }

    public var from: String
    public var to: String
    public var style: Style

    public init(from: String, to: String, style: Style = .solid) {
        self.from = from
        self.to = to
        self.style = style
    }
}
