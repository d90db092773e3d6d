import CFuzzer
import Exchange
import Foundation
import FuzzSupport

/// One input: see ``checkRoundTrip(_:_:_:)``.
func fuzz(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  guard let data else { return 0 }
  checkRoundTrip(.tmx, data, count)
  return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, fuzz))
