import CFuzzer
import Foundation

/// One fuzz input: the bytes libFuzzer made. Return 0; a property that fails traps.
public typealias FuzzTest = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

/// Hands `test` to libFuzzer's driver, which parses libFuzzer's flags from the command
/// line and calls it with every input it tries; exits with libFuzzer's status.
public func runFuzzer(_ test: FuzzTest) -> Never {
  var argc = CommandLine.argc
  var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
  exit(LLVMFuzzerRunDriver(&argc, &argv, test))
}
