import GRDB
import MinutebookCore

/// Row → Core value conversions of the meeting read model.
extension Rows {
    static func date(_ value: String?) -> LocalDate? { value.flatMap { LocalDate(iso: $0) } }

    public static func agendaItem(_ row: Row) -> AgendaItem {
        AgendaItem(
            id: row["id"], meetingID: row["meetingId"], position: row["position"], number: row["number"],
            title: row["title"], part: AgendaPart(rawValue: row["part"]) ?? .two, exemptReason: row["exemptReason"],
            isStanding: row["isStanding"], leadOfficer: row["leadOfficer"], reportReference: row["reportReference"])
    }

    static func attendanceEntry(_ row: Row) -> AttendanceEntry {
        AttendanceEntry(
            personID: row["personId"], name: row["name"], role: row["roleText"],
            organisation: row["organisationName"],
            status: AttendanceStatus(rawValue: row["status"]) ?? .absent,
            position: (row["position"] as String?).flatMap(ChairPosition.init(rawValue:)),
            substituteFor: row["substituteForName"] ?? row["substitutePersonName"],
            email: row["personEmail"])
    }

    public static func minute(_ row: Row) -> Minute {
        let number = (row["number"] as Int?).map { MinuteNumber($0, letter: row["letter"] ?? "") }
        return Minute(
            id: row["id"], meetingID: row["meetingId"], agendaItemID: row["agendaItemId"], number: number,
            title: row["title"], part: AgendaPart(rawValue: row["part"]) ?? .two, text: row["text"],
            postMeetingNote: row["postMeetingNote"])
    }

    public static func resolution(_ row: Row) -> Resolution {
        Resolution(id: row["id"], minuteID: row["minuteId"], position: row["position"], text: row["text"], place: row["place"])
    }

    public static func action(_ row: Row) -> Action {
        Action(
            id: row["id"], bodyID: row["bodyId"], minuteID: row["minuteId"], resolutionID: row["resolutionId"],
            text: row["text"], due: date(row["dueDate"]), status: ActionStatus(rawValue: row["status"]) ?? .open)
    }

    static func actionOwner(_ row: Row) -> ActionOwner {
        ActionOwner(
            personID: row["personId"], seatID: row["seatId"], organisationID: row["organisationId"],
            code: row["code"], name: row["name"])
    }

    public static func actionUpdate(_ row: Row) -> ActionUpdate {
        ActionUpdate(
            id: row["id"], actionID: row["actionId"], at: row["at"], authorName: row["authorName"], text: row["text"],
            statusFrom: (row["statusFrom"] as String?).flatMap(ActionStatus.init(rawValue:)),
            statusTo: (row["statusTo"] as String?).flatMap(ActionStatus.init(rawValue:)))
    }

    static func documentInfo(_ row: Row) -> DocumentInfo {
        DocumentInfo(
            id: row["id"], agendaItemID: row["agendaItemId"], title: row["title"], filename: row["filename"],
            mediaType: row["mediaType"], byteCount: row["byteCount"], sha256: row["sha256"], version: row["version"],
            part: AgendaPart(rawValue: row["part"]) ?? .two, isPublished: row["isPublished"])
    }

    static func seat(_ row: Row) -> Seat {
        Seat(
            id: row["id"], bodyID: row["bodyId"], title: row["title"], organisationID: row["organisationId"],
            role: SeatRole(rawValue: row["role"]) ?? .member)
    }

    static func organisation(_ row: Row) -> Organisation {
        Organisation(id: row["id"], partnershipID: row["partnershipId"], name: row["name"], abbreviation: row["abbreviation"])
    }
}
