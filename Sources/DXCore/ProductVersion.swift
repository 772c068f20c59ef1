/// dxplan's version, printed by `--version`, sent as the User-Agent of `ranges update`, and stamped on reports.
public enum ProductVersion {
    public static let current = "0.1.0"
}
