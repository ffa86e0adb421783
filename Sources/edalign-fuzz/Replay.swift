import Foundation
import FuzzTargets

#if !FUZZING
  /// Without libFuzzer: `edalign-fuzz TARGET FILE…` runs a target on each file once (to replay
  /// a crash libFuzzer found, under a debugger or in the ordinary build).
  @main struct Replay {
    static func main() throws {
      let arguments = CommandLine.arguments.dropFirst()
      guard let name = arguments.first, let target = FuzzTarget(rawValue: name) else {
        print(
          "usage: edalign-fuzz TARGET FILE…  (targets: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")))")
        return
      }
      for path in arguments.dropFirst() {
        target.run(Array(try Data(contentsOf: URL(fileURLWithPath: path))))
        print("\(name): \(path) ok")
      }
    }
  }
#endif
