import CDigest

/// SHA-256 (FIPS 180-4) of a file's bytes, so that a rerun of a batch knows which inputs
/// changed. Foundation on Linux has no digest, and one function is not worth a dependency.
enum SHA256 {
  private static let k: [UInt32] = [
    0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
    0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
    0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
    0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
    0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
    0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
    0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
    0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
  ]

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
