import Foundation
import MinutebookCore

/// The cover sheet of a pack: "Contact for this Agenda: Name Tel: ... E-mail: ... <council> <date of
/// issue>", "To: Members of the <BODY>", the members one per line or run together (each "Name, (Role)
/// (Chairman)"), up to "A meeting of the ... will be held". The lines may be joined into one (PDF text)
/// or kept apart (Markdown).
enum CoverReader {
    static func read(_ text: PackText, warnings: inout [String]) -> PackCover? {
        guard let contact = text.first(where: { $0.hasPrefix("Contact for this Agenda") }) else { return nil }
        let meetingLine = text.first(from: contact, where: { $0.hasPrefix("A meeting of the ") }) ?? min(text.lines.count, contact + 200)
        let to = text.first(from: contact, where: { $0.hasPrefix("To: Members of") || $0 == "To:" })
        let contactEnd = to ?? meetingLine
        let block = (contact..<contactEnd).map { text.trimmed($0) }.filter { !$0.isEmpty }.joined(separator: " ")
        var cover = PackCover(line: contact + 1)
        cover.contactOfficer = field(block, after: "Contact for this Agenda:", before: ["Tel:", "E-mail:", "Email:"])
        cover.contactTelephone = field(block, after: "Tel:", before: ["E-mail:", "Email:", "Fax:"])
        cover.contactEmail = email(in: block)
        // The date of issue is the last date of the block (after the address).
        cover.issued =
            DateText.dates(in: block).compactMap { found in
                found.year.flatMap { LocalDate(year: $0, month: found.month, day: found.day) }
            }.last
        if cover.issued == nil { warnings.append("line \(contact + 1): the pack's cover gives no date of issue") }
        guard let to, to < meetingLine else {
            warnings.append("line \(contact + 1): the pack's cover names no members ('To: Members of the ...')")
            return cover
        }
        // The addressee: on the same line, or the first heading in capitals after it (a logo's words come before it).
        var membersStart = to + 1
        let sameLine = text.trimmed(to).replacingOccurrences(of: "To: Members of the", with: "")
            .replacingOccurrences(of: "To: Members of", with: "").trimmingCharacters(in: .whitespaces)
        if !sameLine.isEmpty && sameLine != "To:" {
            cover.addressedTo = sameLine
        } else if let heading = text.first(from: to + 1, where: { isCapitals($0) }), heading < meetingLine, heading <= to + 6 {
            cover.addressedTo = text.trimmed(heading)
            membersStart = heading + 1
        }
        let list = (membersStart..<meetingLine).map { text.trimmed($0) }.filter { !$0.isEmpty && !isCapitals($0) }
        cover.members = AttendanceList.read(list.joined(separator: " "), status: .present)
        if cover.members.isEmpty { warnings.append("line \(to + 1): the pack's cover lists no member that could be read") }
        return cover
    }

    /// The text between `label` and the first of `ends` (or the end of the block).
    static func field(_ block: String, after label: String, before ends: [String]) -> String? {
        guard let start = block.range(of: label, options: .caseInsensitive) else { return nil }
        var rest = block[start.upperBound...]
        for end in ends {
            if let r = rest.range(of: end, options: .caseInsensitive) { rest = rest[..<r.lowerBound] }
        }
        let value = rest.trimmingCharacters(in: .whitespaces)
        return value.isEmpty ? nil : value
    }

    /// The first e-mail address of the block (a Markdown link's text or target).
    static func email(in block: String) -> String? {
        for token in block.split(whereSeparator: { $0 == " " || $0 == "[" || $0 == "]" || $0 == "(" || $0 == ")" }) {
            var word = String(token)
            if word.hasPrefix("mailto:") { word.removeFirst(7) }
            word = word.trimmingCharacters(in: CharacterSet(charactersIn: ".,;:<>"))
            if let at = word.firstIndex(of: "@"), at != word.startIndex, word[at...].contains(".") { return word }
        }
        return nil
    }

    /// A heading printed in capitals ("STRATEGIC GROUP"): letters, all upper case, at least two words' worth.
    static func isCapitals(_ line: String) -> Bool {
        let letters = line.filter(\.isLetter)
        return letters.count >= 4 && letters.allSatisfy(\.isUppercase) && !line.contains(",") && !line.contains("(")
    }
}
