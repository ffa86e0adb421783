/// The alignment side by side for reading: scores shown, omissions as gaps, doubtful links
/// (score below 0.5) flagged. Filters apply, except that omissions always show.
struct TextExporter: AlignmentExporter {
  public var settings: ExportSettings

  public init(settings: ExportSettings = ExportSettings()) { self.settings = settings }

  public func export(_ alignment: Alignment) -> [ExportedFile] {
    let source = alignment.source
    let target = alignment.target
    let keys = alignment.keys
    var filter = settings.filter
    filter.keepOmissions = true
    let pairs = filter.pairs(alignment)
    var out = "# \(source.source) (\(source.language)) ↔ \(target.source) (\(target.language)): "
    out += "\(alignment.links.count) links, document score \(NumberText.score(alignment.documentScore))"
    if pairs.count != alignment.links.count { out += "; \(pairs.count) shown" }
    out += "\n"
    out.reserveCapacity(out.utf8.count + CorpusFilter.estimatedSize(pairs, perPair: 64))
    for pair in pairs {
      let link = pair.link
      let flag = link.isOmission ? "  GAP" : (link.score < 0.5 ? "  ?  " : "     ")
      let sourceIds = link.source.isEmpty ? "—" : link.source.map(String.init).joined(separator: ",")
      let targetIds = link.target.isEmpty ? "—" : link.target.map(String.init).joined(separator: ",")
      out +=
        "\n\(flag) \(keys.source)#\(sourceIds) ↔ \(keys.target)#\(targetIds)  score \(NumberText.score(link.score))"
      if settings.explain, let evidence = link.evidence {
        out +=
          "  (similarity \(NumberText.score(evidence.similarity)), length \(NumberText.score(evidence.lengthLogProbability)))"
      }
      out += "\n"
      out += "  \(keys.source): \(link.source.isEmpty ? "(missing)" : pair.sourceText)\n"
      out += "  \(keys.target): \(link.target.isEmpty ? "(missing)" : pair.targetText)\n"
    }
    return [ExportedFile(contents: out)]
  }
}

/// The alignment records of `edalign align --format jsonl`, one link a line, keyed by the
/// editions' language codes: `{"en": {"ids": [3], "text": "…"}, "ko": {"ids": [4, 5],
/// "text": "… …"}, "score": 0.93}`; an omission has `"ids": []` and `"text": ""`. Filters
/// apply, except that omissions are always kept (they are part of the alignment).
struct JSONLExporter: CorpusExporter {
  public var settings: ExportSettings

  public init(settings: ExportSettings = ExportSettings()) { self.settings = settings }

  public func records(_ alignment: Alignment) -> [String] {
    let sourceKey = JSONText.quoted(alignment.keys.source)
    let targetKey = JSONText.quoted(alignment.keys.target)
    var filter = settings.filter
    filter.keepOmissions = true
    let pairs = filter.pairs(alignment)
    var out = ""
    out.reserveCapacity(CorpusFilter.estimatedSize(pairs, perPair: 96))
    for pair in pairs {
      let link = pair.link
      out +=
        "{\(sourceKey): {\"ids\": \(NumberText.list(link.source)), \"text\": \(JSONText.quoted(pair.sourceText))}, "
      out +=
        "\(targetKey): {\"ids\": \(NumberText.list(link.target)), \"text\": \(JSONText.quoted(pair.targetText))}, "
      out += "\"score\": \(NumberText.score(link.score))"
      if settings.explain, let evidence = link.evidence {
        out += ", \"evidence\": {\"similarity\": \(NumberText.score(evidence.similarity)), "
        out +=
          "\"length_log_probability\": \(NumberText.score(evidence.lengthLogProbability)), \"shape\": \"\(link.shape)\"}"
      }
      out += "}\n"
    }
    return [out]
  }
}

/// Vecalign's alignment format, `[3]:[4, 5]:0.07` a line (the first list indexes the first
/// edition; the number is a cost, 1 − score), every link included.
struct VecalignExporter: AlignmentExporter {
  public init() {}

  public func export(_ alignment: Alignment) -> [ExportedFile] {
    var out = ""
    for link in alignment.links {
      out +=
        "\(NumberText.list(link.source)):\(NumberText.list(link.target)):\(NumberText.score(1 - link.score))\n"
    }
    return [ExportedFile(contents: out)]
  }
}

/// hunalign's ladder format: a rung `n<TAB>m<TAB>score` where each link starts (n sentences
/// of the first edition and m of the second before it, the link's score), and a last rung
/// at (N, M) with score 0, so that consecutive rungs bound each link.
struct LadderExporter: AlignmentExporter {
  public init() {}

  public func export(_ alignment: Alignment) -> [ExportedFile] {
    var out = ""
    var n = 0
    var m = 0
    for link in alignment.links {
      out += "\(n)\t\(m)\t\(NumberText.score(link.score))\n"
      n += link.source.count
      m += link.target.count
    }
    out += "\(n)\t\(m)\t0.0\n"
    return [ExportedFile(contents: out)]
  }
}
