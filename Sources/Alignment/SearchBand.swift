/// The cells the dynamic programme visits: for each row i (source sentences
/// consumed, 0...n) the target positions lo[i]...hi[i]. Both bounds never
/// decrease, so every path inside the band can reach the end.
struct SearchBand {
  var lo: [Int]
  var hi: [Int]

  var rows: Int { lo.count }
  var cellCount: Int { zip(lo, hi).reduce(0) { $0 + $1.1 - $1.0 + 1 } }

  /// Every cell: for small texts, where the full matrix is cheap.
  static func full(sourceCount n: Int, targetCount m: Int) -> SearchBand {
    SearchBand(lo: [Int](repeating: 0, count: n + 1), hi: [Int](repeating: m, count: n + 1))
  }

  /// A corridor of `width` cells on each side of a path of links.
  static func around(links: [AlignmentLink], sourceCount n: Int, targetCount m: Int, width: Int) -> SearchBand {
    var lo = [Int](repeating: Int.max, count: n + 1)
    var hi = [Int](repeating: Int.min, count: n + 1)
    for link in links {
      for i in link.source.lowerBound...link.source.upperBound {
        lo[i] = min(lo[i], link.target.lowerBound - width)
        hi[i] = max(hi[i], link.target.upperBound + width)
      }
    }
    return normalized(lo: lo, hi: hi, sourceCount: n, targetCount: m)
  }

  /// A band through anchor links (source i, target j) that lie on one
  /// monotone chain. Between two anchors the band covers the whole rectangle
  /// when it is small (so a run without counterpart fits in it), else a
  /// corridor of `width` around the straight line between them.
  static func around(anchors: [(Int, Int)], sourceCount n: Int, targetCount m: Int,
                     width: Int, rectangleBudget: Int) -> SearchBand {
    var lo = [Int](repeating: Int.max, count: n + 1)
    var hi = [Int](repeating: Int.min, count: n + 1)
    // Anchor link (i, j) puts the path through nodes (i, j) and (i+1, j+1).
    var nodes: [(Int, Int)] = [(0, 0)]
    for (i, j) in anchors {
      nodes.append((i, j))
      nodes.append((i + 1, j + 1))
    }
    nodes.append((n, m))
    for k in 1..<nodes.count {
      let (i1, j1) = nodes[k - 1], (i2, j2) = nodes[k]
      let rows = i2 - i1, columns = j2 - j1
      if (rows + 1) * (columns + 1) <= rectangleBudget {
        for i in i1...i2 {
          lo[i] = min(lo[i], j1 - 2)
          hi[i] = max(hi[i], j2 + 2)
        }
      } else {
        for i in i1...i2 {
          let center = rows == 0 ? j1 : j1 + columns * (i - i1) / rows
          lo[i] = min(lo[i], max(center - width, j1 - width))
          hi[i] = max(hi[i], min(center + width, j2 + width))
        }
        if rows == 0 {
          lo[i1] = min(lo[i1], j1)
          hi[i1] = max(hi[i1], j2)
        }
      }
    }
    return normalized(lo: lo, hi: hi, sourceCount: n, targetCount: m)
  }

  private static func normalized(lo: [Int], hi: [Int], sourceCount n: Int, targetCount m: Int) -> SearchBand {
    var lo = lo, hi = hi
    // Clamp, then make both bounds non-decreasing so the band is connected.
    for i in 0...n {
      lo[i] = max(0, min(lo[i], m))
      hi[i] = min(m, max(hi[i], 0))
    }
    lo[0] = 0
    hi[n] = m
    for i in 1...max(n, 1) where i <= n { hi[i] = max(hi[i], hi[i - 1]) }
    if n > 0 { for i in stride(from: n - 1, through: 0, by: -1) { lo[i] = min(lo[i], lo[i + 1]) } }
    for i in 0...n where lo[i] > hi[i] { hi[i] = lo[i] }
    return SearchBand(lo: lo, hi: hi)
  }
}
