import DXModel

/// Paths written in a topology file are relative to the folder of that file (Docs/TopologyFormat.md `table`).
public enum TopologyPaths {
    public static func resolve(_ path: String, relativeTo topologyFile: String) -> String {
        if path.hasPrefix("/") { return path }
        guard let slash = topologyFile.lastIndex(of: "/") else { return path }
        return String(topologyFile[...slash]) + path
    }
}
