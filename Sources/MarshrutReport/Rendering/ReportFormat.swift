import Foundation
import MarshrutCore
import MarshrutText

/// Numbers and dates as the Russian report writes them.
enum ReportFormat {
    /// `0,58`, `7`, `−0,125`: up to three decimals, a decimal comma, a true minus sign.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "—" }
        let thousandths = Int((abs(value) * 1000).rounded())
        let whole = thousandths / 1000
        var fraction = String(thousandths % 1000)
        fraction = String(repeating: "0", count: 3 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let sign = value < 0 && thousandths > 0 ? "−" : ""
        return sign + String(whole) + (fraction.isEmpty ? "" : "," + fraction)
    }

    /// `+0,25`, `−0,1`, `0`; `—` when there is no change to show.
    static func change(_ value: Double?) -> String {
        guard let value else { return "—" }
        let text = number(value)
        return value > 0 && text != "0" ? "+" + text : text
    }

    /// `20.10.2025`.
    static func date(_ day: Day) -> String {
        Language.$current.withValue(.russian) { day.display }
    }

    /// `01.09.2025 – 31.05.2026`.
    static func period(_ first: Day, _ last: Day) -> String { "\(date(first)) – \(date(last))" }

    /// A number for CSV: a decimal comma, as the Russian locale writes it, no trailing `,0`.
    static func plain(_ value: Double) -> String {
        let text = String(value)
        return (text.hasSuffix(".0") ? String(text.dropLast(2)) : text).replacingOccurrences(of: ".", with: ",")
    }
}
