/// A pattern that marks a line of a page dump as boilerplate, and what the line tells
/// about the edition.
public struct BoilerplateRule: Sendable, Codable, Hashable {
  /// Where on the page the rule applies.
  public enum Position: String, Sendable, Codable {
    /// Anywhere.
    case anywhere
    /// Only before the title (site names, sections).
    case header
  }

  public var kind: BoilerplateKind
  /// A regular expression that must match the whole trimmed line, case-insensitively.
  public var pattern: String
  public var position: Position

  public init(_ kind: BoilerplateKind, _ pattern: String, position: Position = .anywhere) {
    self.kind = kind
    self.pattern = pattern
    self.position = position
  }
}

/// The boilerplate patterns of Korean and English news pages, as data.
///
/// They describe the chrome that Korean news sites (Dong-A, JoongAng, Hankyoreh, Chosun,
/// Korea Herald, Korea Times, Yonhap, …) put around an article when a page is dumped to text:
/// skip links, language switches, share and subscribe widgets, datelines, bylines,
/// copyright lines, photo credits. Datelines are matched by `Dateline`, not here.
public struct BoilerplateRules: Sendable, Codable, Hashable {
  public var rules: [BoilerplateRule]
  /// Patterns of a by-line at the start of the first body paragraph
  /// (`(서울=연합뉴스) 홍길동 기자 = `, `SEOUL, Sept. 5 (Yonhap) -- `).
  public var leadingBylines: [String]

  public init(rules: [BoilerplateRule], leadingBylines: [String]) {
    self.rules = rules
    self.leadingBylines = leadingBylines
  }

  /// Names of news outlets, Korean and English.
  static let sites =
    "동아일보|중앙일보|조선일보|한겨레|한겨레신문|한국일보|경향신문|연합뉴스|연합뉴스TV|매일경제|한국경제|국민일보|서울신문|세계일보|문화일보|"
    + "헤럴드경제|코리아헤럴드|코리아타임스|뉴스1|뉴시스|머니투데이|이데일리|아시아경제|KBS|MBC|SBS|JTBC|YTN|채널A|TV조선|MBN|"
    + "(the )?dong-?a ilbo|(the )?korea herald|(the )?korea times|korea joongang daily|joongang daily|(the )?chosun ilbo|"
    + "hankyoreh|(the )?hankyoreh|yonhap( news( agency)?)?|donga\\.com|joongang\\.co\\.kr|chosun\\.com|hani\\.co\\.kr"

  /// News agencies and photo sources credited under photos.
  static let agencies =
    "연합뉴스|뉴스1|뉴시스|AP|AFP|로이터|EPA|신화|교도|게티이미지(뱅크)?|중앙포토|대통령실|국방부|[가-힣]+\\s*제공|"
    + "yonhap|reuters|xinhua|kyodo|getty images|news1|newsis|joint press corps|presidential office|[\\w.' -]{2,40} photo"

  /// Section names, Korean and English, and breadcrumb trails of them (`정치 > 국회`).
  static let sections =
    "사설|칼럼|오피니언|정치|경제|사회|국제|문화|스포츠|연예|산업|금융|증권|부동산|IT|IT·과학|과학|북한|통일|외교|국방|전국|지역|"
    + "사람|인물|피플|종합|단독|속보|기획|해설|포토|라이프|라이프스타일|건강|교육|날씨|여행|책|학술|노동|환경|복지|법원|검찰|"
    + "editorials?|opinions?|columns?|politics|national|north korea|business|economy|finance|markets?|society|social affairs|"
    + "world|international|culture|sports|entertainment|life(style)?|life & style|k-pop|tech|science|defense|diplomacy|"
    + "foreign affairs|features?|interview|people|industry|education|health"

  /// The built-in rules.
  public static let standard = BoilerplateRules(
    rules: [
      // Skip links and site navigation.
      BoilerplateRule(.navigation, "(go|skip|jump) to (the )?(main )?(contents?|article|navigation|menu|search)"),
      BoilerplateRule(.navigation, "(본문|주메뉴|메뉴|주요 ?서비스|검색|카테고리)\\s*(으로\\s*)?바로\\s*가기"),
      BoilerplateRule(
        .navigation,
        "전체\\s*메뉴|메뉴|검색|로그인|회원가입|마이페이지|홈|home|menu|search|log ?in|sign ?(in|up)|top|맨\\s*위로|위로\\s*가기|back to top"),
      BoilerplateRule(
        .navigation, "(이전|다음)\\s*기사|(previous|next) (article|story)|목록|list|all news|\\(end\\)|<끝>|\\(끝\\)"),
      // Language switches.
      BoilerplateRule(
        .languageSwitch,
        "한국어|english|中文|中文版|日本語|日本語版|español|русский|简体中文|繁體中文|korean|한국어판|영문판|영어|중국어|일본어|(view|read) (in|this in) (korean|english)|(korean|english) (version|edition)"
      ),
      // Share, subscribe, print and reading widgets.
      BoilerplateRule(
        .widget,
        "(기자\\s*)?구독(하기)?|구독\\s*신청|공유(하기)?|스크랩|좋아요|싫어요|추천|댓글(\\s*\\d+)?|댓글\\s*(쓰기|보기)|프린트|인쇄(하기)?|기사\\s*(저장|듣기|스크랩|공유)|음성으로\\s*듣기|듣기|번역|글(자|씨)\\s*(크기|작게|크게)(\\s*설정)?|가{1,2}|url\\s*복사|링크\\s*복사|카카오(톡)?|페이스북|트위터|엑스|네이버 블로그|밴드"
      ),
      BoilerplateRule(
        .widget,
        "share( (this|on) \\w+)?|subscribe|print|comments?(\\s*\\(?\\d+\\)?)?|facebook|twitter|x|kakao(talk|story)?|linkedin|email|e-mail|copy (the )?(link|url)|font size|a\\s?[+-]|[+-]\\s?a|text size|more|listen|translate|bookmark|save|like|enlarge|photo|1/\\d+|\\d+/\\d+"
      ),
      // Related-article and most-read headings.
      BoilerplateRule(
        .related,
        "관련\\s*기사|관련\\s*뉴스|많이\\s*본\\s*(뉴스|기사)|인기\\s*기사|추천\\s*기사|함께\\s*볼\\s*만한\\s*뉴스|이\\s*시각\\s*(주요|인기)\\s*뉴스|related (articles?|stories|news|content)|most (read|viewed|popular)( (articles|stories|news))?|top news|trending|you might also like|more from .*"
      ),
      // Copyright lines.
      BoilerplateRule(
        .copyright,
        "(ⓒ|©|\\(c\\)|copyright\\b).*|.*무단\\s*(전재|복제|배포).*|.*재배포\\s*금지.*|.*all rights reserved\\.?|<?저작권자.*>?"),
      // Bylines: 홍길동 기자 hong@donga.com, 워싱턴=김철수 특파원, 홍길동·김철수 기자, By Kim Jae-hwan (kjh@heraldcorp.com).
      BoilerplateRule(
        .byline,
        "[/\\[(]?([가-힣A-Za-z]+\\s*=\\s*)?[가-힣]{2,4}(\\s*[·,ㆍ]\\s*[가-힣]{2,4})*\\s*(기자|특파원|선임기자|객원기자|인턴기자|논설위원|논설실장|대기자|편집위원|전문기자|통신원|교수|위원)([\\s/]*[\\w.+-]+@[\\w.-]+)?[\\])]?(\\s*구독(하기)?)?"
      ),
      BoilerplateRule(
        .byline,
        "(by|written by|reporter|staff reporter)\\s+[A-Z][\\w.'’-]*(\\s+(and\\s+)?[A-Z][\\w.'’-]*){0,5},?\\s*([\\[(]?[\\w.+-]+@[\\w.-]+[\\])]?)?"
      ),
      BoilerplateRule(
        .byline,
        "[A-Z][\\w'’-]*(\\s+[A-Z][\\w'’-]*){1,3}\\s*[\\[(][\\w.+-]+@[\\w.-]+[\\])]|[\\[(]?[\\w.+-]+@[\\w.-]+\\.[a-z]{2,}[\\])]?"
      ),
      BoilerplateRule(.byline, "\\((yonhap|ap|afp|reuters|xinhua|kyodo|ani|upi)\\)"),
      // Photo credits and captions.
      BoilerplateRule(
        .caption,
        ".*[\\[(]\\s*(사진|그래픽|자료\\s*사진|사진\\s*제공|영상|photo|graphic|image|courtesy)\\s*(=|:|by|of)\\s*[^\\])]*[\\])]"),
      BoilerplateRule(
        .caption,
        "(사진|그래픽|사진\\s*제공|자료\\s*사진|photo|graphic|image)\\s*(=|:|by)\\s*.{1,60}|.*(\\s|^)/\\s*(뉴스1|뉴시스|연합뉴스|[가-힣]{2,4}\\s*기자)"
      ),
      // A photo credit in brackets at the end of a line: `… 쌓여 있다. [연합뉴스]`, `… on Tuesday. [YONHAP]`.
      BoilerplateRule(.caption, ".*[\\[(]\\s*(사진\\s*)?([\\w가-힣]+\\s*=\\s*)?(" + agencies + ")\\s*[\\])]"),
      BoilerplateRule(.caption, "[\\[(](사진|그래픽|photo|graphic)[\\])]\\s.*"),
      BoilerplateRule(.url, "https?://\\S+|www\\.\\S+"),
      // Site names and section labels, in the header above the title.
      BoilerplateRule(.site, sites, position: .header),
      BoilerplateRule(.section, "(" + sections + ")(\\s*[>›»|/]\\s*[^>›»|/]{1,20})*", position: .header),
    ],
    leadingBylines: [
      // (서울=연합뉴스) 홍길동 기자 =
      "\\(\\s*[가-힣A-Za-z]+\\s*=\\s*[가-힣A-Za-z0-9]+\\s*\\)\\s*([가-힣]{2,4}(\\s*[·,]\\s*[가-힣]{2,4})*\\s*(기자|특파원)\\s*=\\s*)?",
      // [서울=뉴스1] 홍길동 기자 =
      "\\[\\s*[가-힣A-Za-z]+\\s*=\\s*[가-힣A-Za-z0-9]+\\s*\\]\\s*([가-힣]{2,4}(\\s*[·,]\\s*[가-힣]{2,4})*\\s*(기자|특파원)\\s*=\\s*)?",
      // 【서울=뉴시스】홍길동 기자 =
      "【[^】]{1,30}】\\s*([가-힣]{2,4}(\\s*[·,]\\s*[가-힣]{2,4})*\\s*(기자|특파원)\\s*=\\s*)?",
      // SEOUL, Sept. 5 (Yonhap) --
      "[A-Z][A-Z .'-]{1,30}(,\\s*[A-Za-z.]+\\s*\\d{1,2})?\\s*\\((yonhap|ap|afp|reuters|xinhua|kyodo|upi)\\)\\s*(--|—|–|-)\\s*",
    ]
  )
}
