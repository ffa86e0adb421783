import CDigest

/// SHA-256 (FIPS 180-4) of a file's bytes, so that a rerun of a batch knows which inputs
/// changed. Foundation on Linux has no digest, and one function is not worth a dependency.
enum SHA256 {
  /// The round constants, from `CDigest` (one table for both ways of compressing).
  private static let k = Array(UnsafeBufferPointer(start: cdigest_sha256_round_constants(), count: 64))

  /// Whether the processor's SHA instructions compress the blocks (`CDigest`); the rounds
  /// below otherwise.
  static let accelerated = cdigest_sha256_accelerated() != 0

  /// The digest of `bytes` as 64 lower-case hex digits: compressed by the processor's SHA
  /// instructions where it has them (`accelerated`, and the caller allows them), by the
  /// rounds below otherwise — the same digest.
  static func hex(_ bytes: [UInt8], usingInstructions: Bool = true) -> String {
    var h: [UInt32] = [
      0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19,
    ]
    // The whole blocks read in place; the last bytes, the 0x80 and the bit length in one or two blocks of their own.
    let whole = bytes.count / 64 * 64
    var tail = Array(bytes[whole...])
    tail.append(0x80)
    while tail.count % 64 != 56 { tail.append(0) }
    let bitLength = UInt64(bytes.count) &* 8
    for shift in stride(from: 56, through: 0, by: -8) {
      tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift)))
    }
    if usingInstructions && accelerated {
      h.withUnsafeMutableBufferPointer { h in
        for message in [bytes[..<whole], tail[...]] where !message.isEmpty {
          message.withUnsafeBufferPointer { cdigest_sha256_blocks(h.baseAddress!, $0.baseAddress!, $0.count / 64) }
        }
      }
    } else {
      var w = [UInt32](repeating: 0, count: 64)
      h.withUnsafeMutableBufferPointer { h in
        w.withUnsafeMutableBufferPointer { w in
          k.withUnsafeBufferPointer { k in
            bytes.withUnsafeBufferPointer { message in
              for chunk in stride(from: 0, to: whole, by: 64) { compress(message, at: chunk, &h, w, k) }
            }
            tail.withUnsafeBufferPointer { message in
              for chunk in stride(from: 0, to: message.count, by: 64) { compress(message, at: chunk, &h, w, k) }
            }
          }
        }
      }
    }
    let digits: [UInt8] = Array("0123456789abcdef".utf8)
    var out: [UInt8] = []
    out.reserveCapacity(64)
    for word in h {
      for shift in stride(from: 28, through: 0, by: -4) { out.append(digits[Int((word >> UInt32(shift)) & 0xF)]) }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// One 64-byte block of `message` from `chunk` folded into `h`, on raw buffers (bounds checks
  /// cost as much as the rounds), eight rounds at a time with the working variables renamed
  /// instead of moved.
  @inline(__always)
  private static func compress(
    _ message: UnsafeBufferPointer<UInt8>, at chunk: Int, _ h: inout UnsafeMutableBufferPointer<UInt32>,
    _ w: UnsafeMutableBufferPointer<UInt32>, _ k: UnsafeBufferPointer<UInt32>
  ) {
    for t in 0..<16 {
      let i = chunk + t * 4
      w[t] =
        UInt32(message[i]) << 24 | UInt32(message[i + 1]) << 16 | UInt32(message[i + 2]) << 8 | UInt32(message[i + 3])
    }
    for t in 16..<64 {
      let s0 = w[t - 15].rotatedRight(7) ^ w[t - 15].rotatedRight(18) ^ (w[t - 15] >> 3)
      let s1 = w[t - 2].rotatedRight(17) ^ w[t - 2].rotatedRight(19) ^ (w[t - 2] >> 10)
      w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
    }
    var (a, b, c, d, e, f, g, hh) = (h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7])
    for t in stride(from: 0, to: 64, by: 8) {
      round(a, b, c, &d, e, f, g, &hh, k[t] &+ w[t])
      round(hh, a, b, &c, d, e, f, &g, k[t + 1] &+ w[t + 1])
      round(g, hh, a, &b, c, d, e, &f, k[t + 2] &+ w[t + 2])
      round(f, g, hh, &a, b, c, d, &e, k[t + 3] &+ w[t + 3])
      round(e, f, g, &hh, a, b, c, &d, k[t + 4] &+ w[t + 4])
      round(d, e, f, &g, hh, a, b, &c, k[t + 5] &+ w[t + 5])
      round(c, d, e, &f, g, hh, a, &b, k[t + 6] &+ w[t + 6])
      round(b, c, d, &e, f, g, hh, &a, k[t + 7] &+ w[t + 7])
    }
    h[0] &+= a
    h[1] &+= b
    h[2] &+= c
    h[3] &+= d
    h[4] &+= e
    h[5] &+= f
    h[6] &+= g
    h[7] &+= hh
  }

  /// One round: `d` and `h` take the new values; the caller renames the eight for the next.
  @inline(__always)
  private static func round(
    _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32, _ e: UInt32, _ f: UInt32, _ g: UInt32,
    _ h: inout UInt32, _ kw: UInt32
  ) {
    let s1 = e.rotatedRight(6) ^ e.rotatedRight(11) ^ e.rotatedRight(25)
    let choice = g ^ (e & (f ^ g))
    let temp1 = h &+ s1 &+ choice &+ kw
    let s0 = a.rotatedRight(2) ^ a.rotatedRight(13) ^ a.rotatedRight(22)
    let majority = (a & b) | (c & (a | b))
    d &+= temp1
    h = temp1 &+ s0 &+ majority
  }
}

extension UInt32 {
  fileprivate func rotatedRight(_ count: UInt32) -> UInt32 { (self >> count) | (self << (32 - count)) }
}
