/// The words for a finding's severity, the same in `rules check`, the report and the web
/// pages: critical «критично», warning «предупреждение», info «к сведению».
public enum SeverityWords {
    /// The severity's title; an unknown code is shown as it is.
    public static func title(_ code: String) -> String {
        switch code {
        case "critical": tr("critical", "критично")
        case "warning": tr("warning", "предупреждение")
        case "info": tr("info", "к сведению")
        default: code
        }
    }

    /// The widest title in the current language, for a column of them.
    public static var width: Int { ["critical", "warning", "info"].map { title($0).count }.max() ?? 0 }
}
