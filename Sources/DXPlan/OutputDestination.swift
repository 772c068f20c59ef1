import DXCore

/// Sends a command's result to standard output, or atomically to `-o FILE`.
enum OutputDestination {
    static func emit(_ text: String, to path: String?, output: inout CommandOutput) {
        guard let path else {
            output.out(text)
            return
        }
        do {
            try AtomicFileWriter.write(text, to: path)
        } catch {
            output.err(error.description + "\n")
            output.status = .unusableInput
        }
    }
}
