/// Minute numbers given as items are taken at the meeting, by the running-number rule.
///
/// Items take numbers in the order the meeting reaches them, not their agenda order: the first item
/// taken opens at the body's next running number (`MinuteNumbering.firstNumber(for:after:)`), each
/// main item taken after it gets the next number, and a sub-item ("5b" on the agenda) gets the next
/// letter under its main item's number when that main item ("5") has already been taken; otherwise it
/// is numbered as a main item. A deferred or withdrawn item is minuted too ("This item was deferred to
/// the next meeting"), so it takes its number when the chair announces it. A number once given never
/// changes, so taking items out of order, deferring or withdrawing them leaves no gap and no repeat.
public enum LiveNumbering {
    /// An item already numbered at this meeting: its printed agenda number and its minute number.
    public struct Taken: Sendable, Equatable {
        public var agendaNumber: String?
        public var number: MinuteNumber
        public init(agendaNumber: String?, number: MinuteNumber) {
            self.agendaNumber = agendaNumber
            self.number = number
        }
    }

    /// The number for the next item taken, whose printed agenda number is `agendaNumber`.
    public static func next(agendaNumber: String?, after taken: [Taken], first: Int) -> MinuteNumber {
        let printed = agendaNumber.flatMap { MinuteNumber(parsing: $0) }
        if let printed, printed.isSubItem,
            let parent = taken.first(where: { t in
                t.agendaNumber.flatMap { MinuteNumber(parsing: $0) } == MinuteNumber(printed.number) && !t.number.isSubItem
            })
        {
            let siblings = taken.filter { $0.number.number == parent.number.number && $0.number.isSubItem }.count
            return MinuteNumber(parent.number.number, letter: MinuteNumber.subItemLetter(siblings))
        }
        let highest = taken.map(\.number.number).max()
        return MinuteNumber(highest.map { $0 + 1 } ?? first)
    }
}
