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

/// How a partnership counts its agenda deadlines, in working days.
public struct DeadlinePolicy: Sendable, Equatable, Codable {
    /// Questions from councillors or the public must arrive this many working days before the
    /// meeting (4 in the 2018 packs, 10 later).
    public var questionsWorkingDays: Int
    /// The pack is published at least this many clear working days before the meeting.
    public var publicationClearWorkingDays: Int
    /// Reports are due this many working days before the publication date.
    public var reportWorkingDaysBeforePublication: Int

    public init(questionsWorkingDays: Int = 4, publicationClearWorkingDays: Int = 5, reportWorkingDaysBeforePublication: Int = 3) {
        self.questionsWorkingDays = questionsWorkingDays
        self.publicationClearWorkingDays = publicationClearWorkingDays
        self.reportWorkingDaysBeforePublication = reportWorkingDaysBeforePublication
    }

    /// The 2018 rule: questions 4 working days before.
    public static let standard = DeadlinePolicy()
    /// The later rule: questions 10 working days before.
    public static let tenDayQuestions = DeadlinePolicy(questionsWorkingDays: 10)

    /// Refuses counts that make no sense (negative, or more than a quarter's working days).
    public func validated() throws -> DeadlinePolicy {
        for (name, value) in [("questions", questionsWorkingDays), ("publication", publicationClearWorkingDays),
                              ("report", reportWorkingDaysBeforePublication)] where !(0...60).contains(value) {
            throw DomainError.invalid("the \(name) deadline must be between 0 and 60 working days, not \(value)")
        }
        return self
    }
}

/// The working-day deadlines of one meeting.
public struct MeetingDeadlines: Sendable, Equatable {
    public let meeting: LocalDate
    /// Latest day the pack may be published (at least n clear working days before the meeting).
    public let publication: LocalDate
    /// Latest day reports may be submitted for the pack.
    public let reports: LocalDate
    /// Latest day questions may be received.
    public let questions: LocalDate

    public init(meeting: LocalDate, policy: DeadlinePolicy = .standard) {
        self.meeting = meeting
        publication = WorkingDays.latestDay(withClearWorkingDays: policy.publicationClearWorkingDays, before: meeting)
        reports = WorkingDays.subtracting(policy.reportWorkingDaysBeforePublication, from: publication)
        questions = WorkingDays.subtracting(policy.questionsWorkingDays, from: meeting)
    }

    /// Whether a pack issued on `date` meets the clear-working-days rule.
    public func isPublicationInTime(_ date: LocalDate) -> Bool { date <= publication }
}
