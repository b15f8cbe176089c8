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
    public static func forwardings(
        seat: Seat, leaving: Leaving, successor: (id: Int64, name: String), on date: LocalDate,
        actions: [TrackedAction]
    ) -> [Forwarding] {
        var result: [Forwarding] = []
        let note = self.note(seatTitle: seat.title, leaving: leaving.name, successor: successor.name)
        for tracked in actions where tracked.action.status.isOutstanding {
            for owner in tracked.owners {
                let throughSeat = owner.seatID == seat.id && (owner.personID == nil || owner.personID == leaving.personID)
                let inCapacity =
                    owner.seatID == nil && owner.personID == leaving.personID
                    && tracked.action.bodyID == seat.bodyID
                    && (tracked.minute.map { $0.meetingDate >= leaving.heldFrom && $0.meetingDate <= date } ?? true)
                guard throughSeat || inCapacity else { continue }
                let to = ActionOwner(
                    id: owner.id, personID: successor.id, seatID: seat.id, organisationID: owner.organisationID,
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
