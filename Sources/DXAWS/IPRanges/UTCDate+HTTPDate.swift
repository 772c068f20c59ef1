/// HTTP dates for If-Modified-Since when there is no stored Last-Modified.
///
/// Source: RFC 9110 §5.6.7, the preferred IMF-fixdate format `Sun, 06 Nov 1994 08:49:37 GMT`.
extension UTCDate {
    /// IMF-fixdate, e.g. `Sat, 22 Aug 2026 15:17:05 GMT`.
    public var httpDate: String {
        let weekdays = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]  // 1970-01-01 was a Thursday
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let days = Self.days(year: year, month: month, day: day)
        let weekday = weekdays[((days % 7) + 7) % 7]
        let clock = "\(zeroPadded(hour, width: 2)):\(zeroPadded(minute, width: 2)):\(zeroPadded(second, width: 2))"
        return
            "\(weekday), \(zeroPadded(day, width: 2)) \(months[((month - 1) % 12 + 12) % 12]) \(zeroPadded(year, width: 4)) \(clock) GMT"
    }
}
