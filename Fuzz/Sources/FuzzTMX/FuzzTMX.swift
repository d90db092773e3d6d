import Exchange
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
  checkRoundTrip(.tmx, data, count)
  return 0
}
