/// Exit statuses of every dxplan command (Docs/UserGuide.md, "Exit statuses").
public enum ExitStatus: Int32, Sendable {
    /// No error finding; for simulate/report/validate also Connect over DX both ways.
    case success = 0
    /// The checks ran and something failed.
    case checksFailed = 1
    /// The input could not be used (unreadable or invalid topology or ip-ranges file).
    case unusableInput = 2
    /// Unknown command or option, missing argument (BSD sysexits EX_USAGE).
    case usage = 64
}
