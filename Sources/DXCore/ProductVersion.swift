/// dxplan's version, printed by `--version`, sent as the User-Agent of `ranges update`, and stamped on reports.
public enum ProductVersion {
    public static let current = "0.1.0"
    /// The product's public home page, an absolute URL (SARIF `tool.driver.informationUri`);
    /// nil until the project publishes one, and then nothing links to a guessed address.
    public static let homepage: String? = nil
}
