/// Succession (DOMAIN.md, "People and bodies"): when a seat changes holder, the open actions owned
/// through that seat, or owned by the leaving person in that seat's capacity, move to the successor,
/// and their history says so ("Forwarded to … as the former … has moved on").
public enum Succession {
    /// One owner of one action that moves to the successor.
    public struct Forwarding: Sendable, Equatable {
        public var actionID: Int64
        /// The owner as it was.
        public var from: ActionOwner
        /// The owner as it becomes: the successor, held through the seat.
        public var to: ActionOwner
        /// The history entry written on the action, and shown by the report.
        public var note: String
    }

    /// The person leaving a seat: who, and since when they held it.
    public struct Leaving: Sendable, Equatable {
        public var personID: Int64
        public var name: String
        public var heldFrom: LocalDate

        public init(personID: Int64, name: String, heldFrom: LocalDate) {
            self.personID = personID
            self.name = name
            self.heldFrom = heldFrom
        }
    }

    /// The forwardings for `seat` passing from `leaving` to `successor` on `date`.
    ///
    /// An owner moves when the action is outstanding and either names the seat, or names the leaving
    /// person on an action of the seat's body raised while they held the seat (their seat's capacity).
    /// Actions of other bodies, or raised before they took the seat, stay with the person.
    public static func forwardings(seat: Seat, leaving: Leaving, successor: (id: Int64, name: String), on date: LocalDate,
                                   actions: [TrackedAction]) -> [Forwarding] {
        var result: [Forwarding] = []
        let note = self.note(seatTitle: seat.title, leaving: leaving.name, successor: successor.name)
        for tracked in actions where tracked.action.status.isOutstanding {
            for owner in tracked.owners {
                let throughSeat = owner.seatID == seat.id && (owner.personID == nil || owner.personID == leaving.personID)
                let inCapacity = owner.seatID == nil && owner.personID == leaving.personID
                    && tracked.action.bodyID == seat.bodyID
                    && (tracked.minute.map { $0.meetingDate >= leaving.heldFrom && $0.meetingDate <= date } ?? true)
                guard throughSeat || inCapacity else { continue }
                let to = ActionOwner(id: owner.id, personID: successor.id, seatID: seat.id, organisationID: owner.organisationID,
                                     code: owner.code, name: successor.name)
                result.append(Forwarding(actionID: tracked.action.id, from: owner, to: to, note: note))
            }
        }
        return result
    }

    /// "Forwarded to Paul Warnett as the former Borough Commander, Chris Hafford, has moved on."
    public static func note(seatTitle: String, leaving: String, successor: String) -> String {
        "Forwarded to \(successor) as the former \(seatTitle), \(leaving), has moved on."
    }
}

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
