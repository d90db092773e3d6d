import FuzzSupport

fuzzRoundTrip(.json)
