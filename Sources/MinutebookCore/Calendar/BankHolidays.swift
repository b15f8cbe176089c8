/// Bank holidays in England and Wales, computed from the rules in force since 1978 (the early May
/// bank holiday) plus the moves and one-off holidays proclaimed between 1995 and 2023.
///
/// The rules: New Year's Day (substitute Monday at a weekend); Good Friday and Easter Monday
/// (Gregorian computus); the first Monday in May; the last Monday in May (spring); the last Monday
/// in August (summer); Christmas Day and Boxing Day with substitute weekdays. Proclamations moved
/// the early May holiday to 8 May in 1995 and 2020 (VE Day), and the spring holiday in the jubilee
/// years 2002, 2012 and 2022. Years after the last proclamation known here follow the rules alone.
public enum BankHolidays {
    /// The years whose holidays are known, including one-offs and moves.
    public static let coveredYears: ClosedRange<Int> = 1995...2040

    /// What a bank holiday is called on gov.uk.
    public enum Name: String, Sendable, CaseIterable {
        case newYearsDay = "New Year's Day"
        case goodFriday = "Good Friday"
        case easterMonday = "Easter Monday"
        case earlyMay = "Early May bank holiday"
        case spring = "Spring bank holiday"
        case summer = "Summer bank holiday"
        case christmasDay = "Christmas Day"
        case boxingDay = "Boxing Day"
        case millennium = "Millennium Celebrations"
        case goldenJubilee = "Golden Jubilee of Queen Elizabeth II"
        case royalWedding = "Wedding of Prince William and Catherine Middleton"
        case diamondJubilee = "Diamond Jubilee of Queen Elizabeth II"
        case platinumJubilee = "Platinum Jubilee of Queen Elizabeth II"
        case stateFuneral = "State Funeral of Queen Elizabeth II"
        case coronation = "Coronation of King Charles III"
    }

    public struct Holiday: Sendable, Hashable {
        public let date: LocalDate
        public let name: Name
    }

    /// One-off bank holidays proclaimed for a single year.
    static let oneOffs: [(year: Int, month: Int, day: Int, name: Name)] = [
        (1999, 12, 31, .millennium),
        (2002, 6, 3, .goldenJubilee),
        (2011, 4, 29, .royalWedding),
        (2012, 6, 5, .diamondJubilee),
        (2022, 6, 3, .platinumJubilee),
        (2022, 9, 19, .stateFuneral),
        (2023, 5, 8, .coronation)
    ]

    /// Early May bank holiday moved to 8 May for the VE Day anniversaries.
    static let earlyMayMoves: [Int: Int] = [1995: 8, 2020: 8]
    /// Spring bank holiday moved into June for the jubilees (day of June).
    static let springMoves: [Int: Int] = [2002: 4, 2012: 4, 2022: 2]

    /// Every bank holiday of `year`, in date order.
    public static func holidays(in year: Int) -> [Holiday] {
        var list: [Holiday] = []
        func add(_ month: Int, _ day: Int, _ name: Name) {
            if let date = LocalDate(year: year, month: month, day: day) { list.append(Holiday(date: date, name: name)) }
        }
        guard let newYear = LocalDate(year: year, month: 1, day: 1) else { return [] }
        list.append(Holiday(date: mondayIfWeekend(newYear), name: .newYearsDay))

        let easter = easterSunday(year)
        list.append(Holiday(date: easter.adding(days: -2), name: .goodFriday))
        list.append(Holiday(date: easter.adding(days: 1), name: .easterMonday))

        if let moved = earlyMayMoves[year] {
            add(5, moved, .earlyMay)
        } else if let first = firstMonday(year: year, month: 5) {
            list.append(Holiday(date: first, name: .earlyMay))
        }
        if let moved = springMoves[year] {
            add(6, moved, .spring)
        } else if let last = lastMonday(year: year, month: 5) {
            list.append(Holiday(date: last, name: .spring))
        }
        if let last = lastMonday(year: year, month: 8) { list.append(Holiday(date: last, name: .summer)) }

        // Christmas and Boxing Day: a holiday on a weekend moves to the next weekday not already taken.
        if let christmas = LocalDate(year: year, month: 12, day: 25) {
            switch christmas.weekday {
            case 5: // Friday: Boxing Day falls on Saturday, substitute Monday 28th.
                add(12, 25, .christmasDay); add(12, 28, .boxingDay)
            case 6: // Saturday: both move to Monday 27th and Tuesday 28th.
                add(12, 27, .christmasDay); add(12, 28, .boxingDay)
            case 7: // Sunday: Boxing Day stays Monday 26th, Christmas moves to Tuesday 27th.
                add(12, 27, .christmasDay); add(12, 26, .boxingDay)
            default:
                add(12, 25, .christmasDay); add(12, 26, .boxingDay)
            }
        }
        for one in oneOffs where one.year == year { add(one.month, one.day, one.name) }
        return list.sorted { $0.date < $1.date }
    }

    /// Whether `date` is a bank holiday in England and Wales.
    public static func isHoliday(_ date: LocalDate) -> Bool {
        holidayDates(in: date.year).contains(date)
    }

    /// The holiday on `date`, if any.
    public static func holiday(on date: LocalDate) -> Holiday? {
        holidays(in: date.year).first { $0.date == date }
    }

    static func holidayDates(in year: Int) -> Set<LocalDate> {
        Set(holidays(in: year).map(\.date))
    }

    /// Easter Sunday in the Gregorian calendar (anonymous Gregorian algorithm, Meeus/Jones/Butcher).
    public static func easterSunday(_ year: Int) -> LocalDate {
        let a = year % 19
        let b = year / 100, c = year % 100
        let d = b / 4, e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return LocalDate(year: year, month: month, day: day) ?? LocalDate(dayNumber: 0)
    }

    static func mondayIfWeekend(_ date: LocalDate) -> LocalDate {
        switch date.weekday {
        case 6: date.adding(days: 2)
        case 7: date.adding(days: 1)
        default: date
        }
    }

    static func firstMonday(year: Int, month: Int) -> LocalDate? {
        guard let first = LocalDate(year: year, month: month, day: 1) else { return nil }
        return first.adding(days: (8 - first.weekday) % 7)
    }

    static func lastMonday(year: Int, month: Int) -> LocalDate? {
        guard let last = LocalDate(year: year, month: month, day: LocalDate.daysIn(month: month, year: year)) else { return nil }
        return last.adding(days: -((last.weekday - 1) % 7))
    }
}
