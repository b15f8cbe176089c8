import MinutebookCore

/// The email telling each member that the pack is issued: where to read it (public PDF, accessible
/// version, the members' pack with Part 2 behind sign-in) and whom to contact. It names no agenda
/// item, so no Part 2 title travels by email.
public enum PackMailer {
    public struct Letters {
        var messages: [MailMessage]
        /// Members the directory has no usable address for.
        var withoutAddress: [String]
    }

    public static func letters(for source: PackSource, recipients: [PackMember], meetingPath: String, baseURL: String) -> Letters {
        let agenda = source.agenda
        let site = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        let page = site + meetingPath
        var when = agenda.meeting.date.longWithWeekday
        if let start = agenda.meeting.start { when += " at \(start.twelveHour)" }
        if let venue = agenda.meeting.venue { when += ", \(venue)" }
        var body = "The agenda pack for the meeting of the \(agenda.body.name) on \(when) was issued on \(source.issueDate.long).\n\n"
        body += "Agenda pack (PDF): \(page)/pack.pdf\n"
        body += "Accessible version (web page): \(page)/pack.html\n"
        body += "Members' pack, with any exempt (Part 2) items: \(page)/pack/members.pdf\n"
        body += "  (sign in to Minutebook to open the members' pack)\n"
        body += "The meeting page: \(page)\n"
        if let link = agenda.meeting.virtualLink { body += "\nTo attend virtually: \(link)\n" }
        if let contact = source.contact {
            body += "\nContact for this agenda: " + ([contact.name, contact.email, contact.phone].compactMap { $0 }.joined(separator: ", ")) + "\n"
        }
        let subject = "Agenda pack: \(agenda.body.name), \(agenda.meeting.date.long)"
        var letters = Letters(messages: [], withoutAddress: [])
        var seen: Set<String> = []
        for member in recipients {
            guard let address = member.email, MailMessage.isPlausibleAddress(address) else {
                letters.withoutAddress.append(member.name)
                continue
            }
            guard seen.insert(address.lowercased()).inserted else { continue }
            letters.messages.append(MailMessage(to: address, toName: member.name, subject: subject, body: "Dear \(member.name),\n\n" + body))
        }
        return letters
    }
}
