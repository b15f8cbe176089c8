/// When an action is due, and whether it is late.
public enum ActionDue: Sendable, Equatable {
    /// No due date and no next meeting to be due by.
    case none
    /// Due on a later day, in `days` days.
    case upcoming(LocalDate, days: Int)
    case today(LocalDate)
    /// The due date has passed by `days` days.
    case overdue(LocalDate, days: Int)
    /// Done, dropped or superseded: no longer due.
    case settled

    /// The state of an action with `status` and `due` date on `today`. An action without its own
    /// due date is due by the body's next meeting, when one is known.
    public static func of(status: ActionStatus, due: LocalDate?, nextMeeting: LocalDate? = nil, today: LocalDate) -> ActionDue {
        guard status.isOutstanding else { return .settled }
        guard let date = due ?? nextMeeting else { return .none }
        let days = date.dayNumber - today.dayNumber
        if days > 0 { return .upcoming(date, days: days) }
        if days == 0 { return .today(date) }
        return .overdue(date, days: -days)
    }

    public var isOverdue: Bool { if case .overdue = self { true } else { false } }

    /// "Due 26 March 2018", "Overdue by 3 days", "Due today".
    public var label: String {
        switch self {
        case .none: "No due date"
        case .settled: "Settled"
        case .today: "Due today"
        case .upcoming(let date, _): "Due \(date.long)"
        case .overdue(_, let days): days == 1 ? "Overdue by 1 day" : "Overdue by \(days) days"
        }
    }
}

/// Reminders count back in working days: bank holidays (`BankHolidays`) and any extra closure days.
extension WorkingDays {
    /// The day `count` working days before `date`, skipping weekends, bank holidays and `holidays`.
    public static func before(_ date: LocalDate, count: Int, holidays: Set<LocalDate> = []) -> LocalDate {
        var day = date
        var remaining = max(0, count)
        while remaining > 0 {
            day = day.adding(days: -1)
            if isWorkingDay(day) && !holidays.contains(day) { remaining -= 1 }
        }
        return day
    }
}
