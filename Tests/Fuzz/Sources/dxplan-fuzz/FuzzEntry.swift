import Foundation

// libFuzzer's entry points. The package compiles this module with `-parse-as-library`, so it has
// no Swift top-level code; SwiftPM still links every executable with `--defsym
// main=dxplan_fuzz_main`, and `-sanitize=fuzzer` links libFuzzer (with its own `main`) whole, so
// `dxplan_fuzz_main` is defined here to hand over to libFuzzer's driver whichever `main` the
// linker keeps.

/// One input, one parse; any trap, leak or timeout is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    FuzzTarget.selected.run(bytes)
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

@_cdecl("dxplan_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    _ = FuzzTarget.selected  // fail fast on a missing or unknown DXPLAN_FUZZ_TARGET
    var count = argc
    var vector = argv
    return runFuzzerDriver(&count, &vector, fuzzTestOneInput)
}
