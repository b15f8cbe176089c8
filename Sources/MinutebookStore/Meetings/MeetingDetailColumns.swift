import GRDB
import MinutebookCore

/// The meeting page's many-row reads (agenda, attendance, minutes, resolutions, actions, owners,
/// latest updates) with their columns named in the SQL and decoded by position.
///
/// A 120-minute meeting decodes about 4,000 values per request; found by name, each one lowercased
/// and hashed the column name (a tenth of the signed-in page's CPU). Each list below and its decoder
/// are kept side by side: a column's position in the list is its index in the decoder.
enum MeetingDetailColumns {
    static let agendaItem = "id, meetingId, position, number, title, part, exemptReason, isStanding, leadOfficer, reportReference"

    static func agendaItem(_ row: Row) -> AgendaItem {
        AgendaItem(
            id: row[0], meetingID: row[1], position: row[2], number: row[3], title: row[4],
            part: AgendaPart(rawValue: row[5]) ?? .two, exemptReason: row[6], isStanding: row[7],
            leadOfficer: row[8], reportReference: row[9])
    }

    static let attendance = """
        a.personId, a.name, a.roleText, o.name, a.status, a.position, a.substituteForName, s.fullName, p.email,
        arrivedItem.number, arrivedItem.letter, leftItem.number, leftItem.letter
        """

    static func attendanceEntry(_ row: Row) -> AttendanceEntry {
        AttendanceEntry(
            personID: row[0], name: row[1], role: row[2], organisation: row[3],
            status: AttendanceStatus(rawValue: row[4]) ?? .absent,
            position: (row[5] as String?).flatMap(ChairPosition.init(rawValue:)),
            substituteFor: row[6] ?? row[7], email: row[8],
            arrivedDuring: (row[9] as Int?).map { MinuteNumber($0, letter: row[10] ?? "") },
            leftDuring: (row[11] as Int?).map { MinuteNumber($0, letter: row[12] ?? "") })
    }

    static let minute = "id, meetingId, agendaItemId, number, letter, title, part, text, postMeetingNote"

    static func minute(_ row: Row) -> Minute {
        let number = (row[3] as Int?).map { MinuteNumber($0, letter: row[4] ?? "") }
        return Minute(
            id: row[0], meetingID: row[1], agendaItemID: row[2], number: number, title: row[5],
            part: AgendaPart(rawValue: row[6]) ?? .two, text: row[7], postMeetingNote: row[8])
    }

    static let resolution = "r.id, r.minuteId, r.position, r.text, r.place"

    static func resolution(_ row: Row) -> Resolution {
        Resolution(id: row[0], minuteID: row[1], position: row[2], text: row[3], place: row[4])
    }

    static let action = "a.id, a.bodyId, a.minuteId, a.resolutionId, a.text, a.dueDate, a.status, a.isPrivate"

    static func action(_ row: Row) -> (Action, isPrivate: Bool) {
        (
            Action(
                id: row[0], bodyID: row[1], minuteID: row[2], resolutionID: row[3], text: row[4],
                due: Rows.date(row[5]), status: ActionStatus(rawValue: row[6]) ?? .open), row[7]
        )
    }

    /// The owner's action id first, then the owner.
    static func actionOwner(_ row: Row) -> (Int64, ActionOwner) {
        (
            row[0],
            ActionOwner(personID: row[1], seatID: row[2], organisationID: row[3], code: row[4], name: row[5])
                .resolvingBody(text: row[6], body: (row[7] as Int64?).map { ($0, row[8]) })
        )
    }

    static let actionUpdate = "u.id, u.actionId, u.at, u.authorName, u.text, u.statusFrom, u.statusTo"

    static func actionUpdate(_ row: Row) -> ActionUpdate {
        ActionUpdate(
            id: row[0], actionID: row[1], at: row[2], authorName: row[3], text: row[4],
            statusFrom: (row[5] as String?).flatMap(ActionStatus.init(rawValue:)),
            statusTo: (row[6] as String?).flatMap(ActionStatus.init(rawValue:)))
    }
}
