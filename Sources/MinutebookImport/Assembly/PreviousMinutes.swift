import MinutebookCore

/// The standing item in which a meeting agrees the minutes of an earlier one ("MINUTES OF THE
/// PREVIOUS MEETING HELD ON 16th OCTOBER 2017 ... It was AGREED that the minutes be approved",
/// "The minutes of the meeting held on 21st June 2018 were agreed and signed as a correct record").
/// The store uses it to mark those earlier minutes approved.
enum PreviousMinutes {
    static let approvalWords = ["approved", "agreed", "correct record", "confirmed", "signed", "adopted", "cytunwyd", "cadarnhawyd"]
    static let refusalWords = ["not approved", "not agreed", "deferred", "were not", "was not"]

    static func approved(in drafts: [MinuteDraft], meetingDate: LocalDate) -> MeetingRecord.ApprovedMinutes? {
        for d in drafts where FastText.containsIgnoringCase(d.title, "minutes") || FastText.containsIgnoringCase(d.title, "cofnodion") {
            let title = d.title.lowercased()
            let isMinutesItem =
                title.hasPrefix("minutes") || title.hasPrefix("confirmation of") || title.hasPrefix("approval of")
                || title.contains("previous meeting") || title.contains("last meeting") || title.contains("cofnodion")
            guard isMinutesItem, title.contains("minutes") || title.contains("cofnodion") else { continue }
            let text = (d.paragraphs + d.resolutions).joined(separator: " ")
            let lower = text.lowercased()
            guard approvalWords.contains(where: { lower.contains($0) }), !refusalWords.contains(where: { lower.contains($0) }) else { continue }
            for found in DateText.dates(in: d.title) + DateText.dates(in: text) {
                if let day = resolved(found, before: meetingDate) { return .meeting(day) }
            }
            return .previousMeeting
        }
        return nil
    }

    /// The date, taking a missing year as the latest such day before the meeting.
    static func resolved(_ found: DateText.Found, before meetingDate: LocalDate) -> LocalDate? {
        if let year = found.year {
            return LocalDate(year: year, month: found.month, day: found.day).flatMap { $0 < meetingDate ? $0 : nil }
        }
        for year in [meetingDate.year, meetingDate.year - 1] {
            if let day = LocalDate(year: year, month: found.month, day: found.day), day < meetingDate { return day }
        }
        return nil
    }
}
