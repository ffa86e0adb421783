/// What EditionAlign says of itself in the files it writes (TMX headers, `--version`).
public enum Toolkit {
  public static let name = "EditionAlign"
  public static let version = "0.1.0"
}
