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
        for (name, value) in [
            ("questions", questionsWorkingDays), ("publication", publicationClearWorkingDays),
            ("report", reportWorkingDaysBeforePublication)
        ] where !(0...60).contains(value) {
            throw DomainError.invalid("the \(name) deadline must be between 0 and 60 working days, not \(value)")
        }
        return self
    }
}
