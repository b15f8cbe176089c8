/// Who may vote, and whether enough of them are in the room.
///
/// The voting members of a body are the holders of its chairing and member seats (secretariat,
/// advisers and invited guests do not vote); a substitute votes in the place of the member they stand
/// in for. A body may set its own quorum (its terms of reference); without one the quorum is a quarter
/// of the voting seats, rounded up, but never fewer than three (the statutory default for council
/// committees). Either way it is never more than the body's voting seats.
public enum Quorum {
    public static let votingRoles: Set<SeatRole> = [.chairman, .viceChairman, .coChair, .member]

    /// How many voting members must be present for a body with `votingSeats` seats.
    public static func required(votingSeats: Int, setting: Int? = nil) -> Int {
        guard votingSeats > 0 else { return 1 }
        if let setting { return min(votingSeats, max(1, setting)) }
        return min(votingSeats, max(3, (votingSeats + 3) / 4))
    }

    /// The default rule in words, for the body settings page.
    public static let defaultRule = "a quarter of the voting seats, rounded up, and at least three"

    /// What is wrong with a quorum typed on the body settings page (empty: the default rule).
    public static func problem(setting text: String) -> String? {
        let text = text.trimmed
        guard !text.isEmpty else { return nil }
        guard let n = Int(text), n >= 1, n <= 500 else {
            return "Enter the quorum as a whole number from 1 to 500, or leave it blank for the default"
        }
        return nil
    }

    /// Whether an attendance line counts as a voting member in the room at all.
    public static func votes(status: AttendanceStatus, seatRole: SeatRole?) -> Bool {
        guard let seatRole, votingRoles.contains(seatRole) else { return false }
        return status == .present || status == .virtual || status == .substitute
    }

    /// Present for minute `number`, given the minute during which they arrived late (present from it
    /// on) and the minute during which they left early (absent from it on).
    public static func isPresent(at number: MinuteNumber, arrivedDuring: MinuteNumber?, leftDuring: MinuteNumber?) -> Bool {
        if let arrived = arrivedDuring, number < arrived { return false }
        if let left = leftDuring, number >= left { return false }
        return true
    }
}
