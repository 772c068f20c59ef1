import DXCore

/// `dxplan import aws` (Docs/UserGuide.md): a topology from what a provider's API lists.
enum ImportCommand: Subcommand {
    static let spec = CommandSpec(
        name: "import", abstract: "A topology from AWS Direct Connect API output",
        usage:
            "dxplan import aws --connections FILE --virtual-interfaces FILE [--lags FILE] [--connect-region R] [-o FILE]",
        summary: "Write a topology from what an existing deployment lists.",
        options: [],
        details: """
            SUBCOMMANDS:
              aws --connections FILE --virtual-interfaces FILE [--lags FILE] [--connect-region R] [-o FILE]
                                            from the JSON of 'aws directconnect describe-...'
            """)

    static var subcommands: [any Subcommand.Type] { [ImportAWSCommand.self] }

    typealias Options = NoOptions
}
