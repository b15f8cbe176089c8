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
