import DXCore
import DXModel

/// Who named an input file, which decides what kinds of file may be read.
///
/// - ``commandLine``: the user named it (the topology, `--ip-ranges`, `--since`, `ranges diff`
///   inputs, `$DXPLAN_IP_RANGES`). A regular file, a FIFO (process substitution:
///   `--ip-ranges <(curl …)`) or `-` for standard input, read as given.
/// - ``topology``: a topology file named it (`table:`). A topology may come from someone else,
///   so only a regular file is read; a FIFO, a device or `/dev/stdin` is refused at once, before
///   anything is opened, so nothing can hang or read a terminal.
///
/// Directories and devices are refused for both.
public enum InputOrigin: Sendable {
    case commandLine
    case topology
}
