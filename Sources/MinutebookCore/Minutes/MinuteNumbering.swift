/// The running-number rule: minute numbers run on across the meetings of a body and restart at the
/// start of each municipal year.
public struct MinuteNumbering: Sendable {
    public let yearStart: MunicipalYearStart
    /// The first number of a municipal year (1 unless a partnership says otherwise).
    public let firstNumber: Int

    public init(yearStart: MunicipalYearStart = .may, firstNumber: Int = 1) {
        self.yearStart = yearStart
        self.firstNumber = firstNumber
    }

    /// A numbered item of an earlier meeting of the same body.
    public struct Earlier: Sendable {
        public let meetingDate: LocalDate
        public let number: MinuteNumber
        public init(meetingDate: LocalDate, number: MinuteNumber) {
            self.meetingDate = meetingDate
            self.number = number
        }
    }

    /// One agenda item to be numbered: a main item, or a sub-item of the main item before it.
    public enum Item: Sendable, Equatable {
        case main
        case subItem
    }

    /// The first main number for a meeting on `date`, given the numbers already used by the body.
    /// Only earlier meetings in the same municipal year count; a new year starts at `firstNumber`.
    public func firstNumber(for date: LocalDate, after earlier: [Earlier]) -> Int {
        let year = MunicipalYear(containing: date, start: yearStart)
        let highest =
            earlier
            .filter { $0.meetingDate < date && MunicipalYear(containing: $0.meetingDate, start: yearStart) == year }
            .map(\.number.number)
            .max()
        return highest.map { $0 + 1 } ?? firstNumber
    }

    /// Numbers a meeting's items in order: main items take consecutive numbers starting at `first`,
    /// sub-items take the number of the main item before them and letters a, b, c...
    /// A sub-item with no main item before it becomes a main item.
    public func number(_ items: [Item], startingAt first: Int) -> [MinuteNumber] {
        var result: [MinuteNumber] = []
        var current = first - 1
        var subIndex = 0
        for item in items {
            if item == .subItem, current >= first {
                result.append(MinuteNumber(current, letter: MinuteNumber.subItemLetter(subIndex)))
                subIndex += 1
            } else {
                current += 1
                subIndex = 0
                result.append(MinuteNumber(current))
            }
        }
        return result
    }

    /// Checks that a meeting's printed numbers follow the rule after the earlier ones and returns a
    /// readable problem for each break (a gap, a repeat, a number that goes backwards).
    public func problems(in numbers: [MinuteNumber], on date: LocalDate, after earlier: [Earlier]) -> [String] {
        var problems: [String] = []
        let expectedFirst = firstNumber(for: date, after: earlier)
        var seen = Set<MinuteNumber>()
        var previousMain: Int?
        for n in numbers {
            if !seen.insert(n).inserted { problems.append("minute \(n) appears twice") }
            if n.isSubItem { continue }
            if let p = previousMain {
                if n.number != p + 1 { problems.append("minute \(n) follows \(p)") }
            } else if n.number != expectedFirst {
                problems.append("minute \(n) opens the meeting but \(expectedFirst) was expected")
            }
            previousMain = n.number
        }
        return problems
    }
}
