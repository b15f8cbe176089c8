public struct Milestone: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var title: String
    public var due: LocalDate
    public var completedOn: LocalDate?

    public init(id: Int64, title: String, due: LocalDate, completedOn: LocalDate? = nil) {
        self.id = id
        self.title = title
        self.due = due
        self.completedOn = completedOn
    }

    /// Due before `date` and not completed by then.
    public func isOverdue(on date: LocalDate) -> Bool {
        if let completedOn, completedOn <= date { return false }
        return due < date
    }
}
