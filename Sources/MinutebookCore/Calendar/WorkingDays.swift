/// Working days in England and Wales: Monday to Friday, not a bank holiday (`BankHolidays`).
///
/// Council deadlines are counted in working days before the meeting. "n working days before" is the
/// n-th working day counting back from the day before the meeting; "n clear working days" are n
/// whole working days between two dates, neither of which counts.
public enum WorkingDays {
    public static func isWorkingDay(_ date: LocalDate) -> Bool {
        !date.isWeekend && !BankHolidays.isHoliday(date)
    }

    /// The working day `count` working days after `date` (before it when `count` is negative).
    /// With `count` 0 the date itself is returned, working day or not.
    public static func adding(_ count: Int, to date: LocalDate) -> LocalDate {
        var remaining = abs(count)
        let step = count < 0 ? -1 : 1
        var day = date
        var holidays = BankHolidays.holidayDates(in: day.year)
        var holidayYear = day.year
        while remaining > 0 {
            day = day.adding(days: step)
            if day.year != holidayYear {
                holidayYear = day.year
                holidays = BankHolidays.holidayDates(in: holidayYear)
            }
            if !day.isWeekend && !holidays.contains(day) { remaining -= 1 }
        }
        return day
    }

    /// The working day `count` working days before `date`.
    public static func subtracting(_ count: Int, from date: LocalDate) -> LocalDate {
        adding(-count, to: date)
    }

    /// The number of working days strictly between `start` and `end` (neither counts).
    public static func clearWorkingDays(from start: LocalDate, to end: LocalDate) -> Int {
        guard start < end else { return 0 }
        var count = 0
        var day = start.adding(days: 1)
        while day < end {
            if isWorkingDay(day) { count += 1 }
            day = day.adding(days: 1)
        }
        return count
    }

    /// The latest working day that leaves at least `count` clear working days before `meeting`.
    public static func latestDay(withClearWorkingDays count: Int, before meeting: LocalDate) -> LocalDate {
        adding(-(count + 1), to: meeting)
    }
}
