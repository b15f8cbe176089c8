import Foundation
import MinutebookCore
import MinutebookStore

/// What the set-up commands (partnership, body, person, organisation, meeting) share: the editor they
/// write as, the date they act on, and one line per record printed.
enum SetupOutput {
    static func editor(_ command: String) -> ActionEditor {
        ActionEditor(auditName: Actor.cli(command).name, displayName: "Secretariat")
    }

    static func partnership(_ entry: PartnershipEntry) -> String {
        let s = entry.settings
        var fields = [
            "\(s.slug)\t\(s.name)", "year starts \(s.yearStart.day)/\(s.yearStart.month)",
            "questions \(s.questionsWorkingDays) working days"
        ]
        if let pattern = s.reportReferencePattern { fields.append("references \(pattern)") }
        let contact = [s.contactName, s.contactPhone, s.contactEmail].compactMap { $0 }
        if !contact.isEmpty { fields.append("contact " + contact.joined(separator: ", ")) }
        return fields.joined(separator: "\t")
    }

    static func body(_ entry: BodyEntry) -> String {
        var fields = [
            entry.body.slug, entry.body.name, entry.body.kind == .board ? "board" : "sub-group",
            entry.body.isPublic ? "public" : "private"
        ]
        if let parent = entry.reportsTo { fields.append("reports to \(parent)") }
        if !entry.formerNames.isEmpty { fields.append("formerly " + entry.formerNames.joined(separator: "; ")) }
        return fields.joined(separator: "\t")
    }

    static func person(_ entry: DirectoryPerson) -> String {
        var fields = [
            "#\(entry.person.id)", entry.person.fullName, entry.jobTitle ?? "", entry.organisation ?? "",
            entry.person.email ?? ""
        ]
        if let left = entry.leftOn { fields.append("left \(left.iso)") }
        if !entry.seats.isEmpty { fields.append(entry.seats.joined(separator: "; ")) }
        return fields.joined(separator: "\t")
    }

    static func organisation(_ organisation: Organisation) -> String {
        "#\(organisation.id)\t\(organisation.name)" + (organisation.abbreviation.map { "\t\($0)" } ?? "")
    }

    static func meeting(_ meeting: Meeting, body: Body, changes: [MeetingChange]) -> String {
        var fields = [
            body.name, meeting.date.iso + (meeting.start.map { " \($0.hhmm)" } ?? ""), meeting.status.rawValue,
            "sequence \(meeting.sequence)"
        ]
        if let last = changes.last { fields.append(last.sentence) }
        return fields.joined(separator: "\t")
    }
}
