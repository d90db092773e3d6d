import FuzzSupport

fuzzRoundTrip(.tmx)
