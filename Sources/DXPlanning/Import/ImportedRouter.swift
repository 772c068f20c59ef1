/// A placeholder router: AWS does not know the customer's routers, so the import makes one per
/// Direct Connect location, named after the location code, for the user to rename.
package struct ImportedRouter: Sendable, Equatable {
    package var name: String
    /// The location code or LAG the router stands for, for its comment.
    package var site: String

    package init(name: String, site: String) {
        self.name = name
        self.site = site
    }
}
