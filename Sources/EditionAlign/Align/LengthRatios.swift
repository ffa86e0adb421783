import Foundation

/// Typical characters (white space excluded) of one language per character of another,
/// for news and prose translations, used as the prior of the aligner's length ratio —
/// short documents say little about their own ratio, and an omitted paragraph skews it.
enum LengthRatios {
  /// Characters per English character. Measured on translation pairs: Korean 0.45 (0.46 on
  /// ko-en-park-news-dev's 1,000 news pairs, 0.40 on EditionAlign's own fixtures, 0.33 on the
  /// Dong-A seed: the park figure, rounded toward the others); Chinese 0.30 (MAC-Dev, novels); Japanese a guess between those; the
  /// Latin-script languages about 1 (German–French Text+Berg: French/German 1.01).
  static let perEnglishCharacter: [Language: Double] = [
    .english: 1, .korean: 0.45, .chinese: 0.296, .japanese: 0.40, Language("de"): 1.08, Language("fr"): 1.09,
    Language("es"): 1.07, Language("it"): 1.06, Language("ru"): 1.02,
  ]

  /// The prior ratio of target characters per source character, or nil when unknown.
  static func prior(source: Language, target: Language) -> Double? {
    guard let s = perEnglishCharacter[source], let t = perEnglishCharacter[target] else { return nil }
    return t / s
  }

  /// `observed` (from `evidence` characters of aligned text) blended with `prior` in the
  /// log domain: with little text the prior dominates, with much the observation.
  /// `priorWeight`: the characters that weigh as much as the prior.
  static func blend(prior: Double?, observed: Double, evidence: Double, priorWeight: Double) -> Double {
    guard let prior, observed > 0 else { return observed > 0 ? observed : prior ?? 1 }
    let weight = evidence / (evidence + priorWeight)
    return exp(log(prior) * (1 - weight) + log(observed) * weight)
  }
}
