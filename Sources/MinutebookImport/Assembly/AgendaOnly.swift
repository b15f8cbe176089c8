import MinutebookCore

/// Tells an agenda from minutes. A pack that holds only an agenda (a notice of meeting, the list of
/// business, the reports) has numbered items much as minutes do, but nothing was decided in it: no
/// resolution, no action, no one recorded as present. Such a block is not a meeting's minutes.
enum AgendaOnly {
    /// Whether the opening of the block calls itself an agenda ("AGENDA", "Agenda for the meeting
    /// of ...", "Notice of meeting", "Summons", Welsh "Rhaglen") and no line calls it minutes.
    static func declaresAgenda(_ lines: ArraySlice<Line>) -> Bool {
        var seen = 0
        for line in lines where !line.isBlank {
            seen += 1
            if seen > 60 { break }
            var lower = MinutesLocator.stripMarkup(line.text).lowercased()
            while lower.hasSuffix(":") || lower.hasSuffix(".") { lower.removeLast() }
            guard lower.utf8.count <= 60 else { continue }
            if lower == "agenda" || lower == "rhaglen" || lower == "agenda / rhaglen" || lower == "rhaglen / agenda"
                || lower.hasPrefix("agenda for ") || lower.hasPrefix("agenda - ") || lower.hasPrefix("agenda – ")
                || lower.hasPrefix("notice of meeting") || lower.hasPrefix("summons to attend") || lower == "summons"
                || lower.hasPrefix("public agenda") || lower.hasPrefix("agenda (public")
            {
                return true
            }
        }
        return false
    }

    /// Whether a record read from a block that calls itself an agenda shows no sign of a meeting held:
    /// no resolution, no action, no apologies or substitutes recorded. (A list of the body's members
    /// is printed on agendas too, so names alone are no sign.)
    static func isUnheld(_ record: MeetingRecord) -> Bool {
        record.items.allSatisfy { $0.resolutions.isEmpty && $0.actions.isEmpty }
            && !record.attendance.contains { $0.status == .apologies || $0.status == .substitute || $0.status == .virtual }
    }
}
