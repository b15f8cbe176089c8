import GRDB
import MinutebookCore

/// A pack's cover in the store: every member it is addressed to holds a seat of the body on the
/// date of issue (the seat titled as the role printed beside the name, found or made as an imported
/// attendance list's are), and the contact officer holds the body's "Contact officer" seat
/// (secretariat). Reading the same cover again finds every holding in place.
enum ImportCover {
    static let contactSeat = "Contact officer"

    /// Returns how many seat holdings the cover names (members and contact officer).
    static func write(_ cover: PackCover, meetingDate: LocalDate?, partnershipID: Int64, bodyID: Int64, _ db: Database) throws -> Int {
        guard let date = cover.issued ?? meetingDate else { return 0 }
        var people = ImportPeople(partnershipID: partnershipID, bodyID: bodyID, date: date)
        var entries = cover.members.map { member -> MeetingRecord.Attendee in
            var seat = member
            seat.status = .present
            // A member printed without a role holds a member's seat all the same.
            if (seat.role ?? "").trimmingCharacters(in: .whitespaces).isEmpty { seat.role = "Member" }
            return seat
        }
        if let officer = cover.contactOfficer, !officer.isEmpty,
            !cover.members.contains(where: { $0.name.caseInsensitiveCompare(officer) == .orderedSame })
        {
            entries.append(MeetingRecord.Attendee(name: officer, role: contactSeat, status: .present))
        }
        var ids: [Int64] = []
        for entry in entries { ids.append(try people.person(named: entry.name, db)) }
        var seats = ImportSeats(partnershipID: partnershipID, bodyID: bodyID, date: date, attending: Set(ids))
        var held = 0
        for (entry, personID) in zip(entries, ids) where try seats.seat(for: entry, personID: personID, db) != nil { held += 1 }
        return held
    }
}
