/// The first day of a partnership's municipal year (month and day).
public struct MunicipalYearStart: Hashable, Sendable, Codable {
    public let month: Int
    public let day: Int

    public init?(month: Int, day: Int = 1) {
        guard (1...12).contains(month), day >= 1, day <= LocalDate.daysIn(month: month, year: 2001) else { return nil }
        self.month = month
        self.day = day
    }

    /// 1 May, the English council default.
    public static let may = MunicipalYearStart(uncheckedMonth: 5, day: 1)
    /// 1 April, for bodies that follow the financial year.
    public static let april = MunicipalYearStart(uncheckedMonth: 4, day: 1)

    private init(uncheckedMonth: Int, day: Int) {
        self.month = uncheckedMonth
        self.day = day
    }
}
