import MarshrutCore
/// Excel's day numbers: a date cell holds the days since the start of its date system.
///
/// In the 1900 system serial 1 is 1900-01-01 and serial 60 is 29 February 1900, a day that never
/// was (Lotus 1-2-3's leap-year bug, kept by Excel); so from serial 61 (1900-03-01) on, the serial
/// counts from 1899-12-30. In the 1904 system serial 0 is 1904-01-01.
public enum ExcelDate {
    /// The year, month and day of a serial (a fraction, the time of day, is dropped), or `nil`
    /// for serial 60 of the 1900 system, before the first day, or past 9999-12-31.
    public static func day(serial: Double, uses1904: Bool = false) -> (year: Int, month: Int, day: Int)? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        let whole = Int(serial.rounded(.down))
        let days1970: Int
        if uses1904 {
            days1970 = whole - 24_107  // 1904-01-01 is 24,107 days before 1970-01-01
        } else {
            guard whole >= 1, whole != 60 else { return nil }
            // 1899-12-30 is 25,569 days before 1970-01-01; below 60 the fictional day is not yet counted.
            days1970 = whole < 60 ? whole - 25_568 : whole - 25_569
        }
        return civil(days1970)
    }

    /// The date `days` after 1970-01-01, by the model's own calendar.
    static func civil(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let day = Day(ordinal: days)
        return (day.year, day.month, day.day)
    }

}
