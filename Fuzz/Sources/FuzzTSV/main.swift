import FuzzSupport

fuzzRoundTrip(.tsv)
