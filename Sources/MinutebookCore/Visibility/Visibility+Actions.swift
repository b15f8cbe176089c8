/// The one visibility rule applied to actions and to minutes read outside their meeting (thread
/// pages, the tracker, person pages): each follows its minute, and its body.
extension Visibility {
    /// May `grant` see a minute of `part` of a meeting in `meetingStatus` of a body that is public or
    /// not? A body that is not public shows nothing to those who may not see its drafts.
    public static func canSeeMinutes(part: AgendaPart, meetingStatus: MeetingStatus, bodyIsPublic: Bool, grant: Grant) -> Bool {
        canSeeMeeting(bodyIsPublic: bodyIsPublic, grant: grant) && canSeeMinutes(part: part, meetingStatus: meetingStatus, grant: grant)
    }

    /// May `grant` see an action? It follows its minute (`minute`: that minute's part and meeting
    /// status; nil for an action raised outside a meeting, which is a working paper) and its body;
    /// a private action (named individuals, safeguarding detail) needs the Part 2 grant.
    public static func canSeeAction(
        isPrivate: Bool, minute: (part: AgendaPart, meetingStatus: MeetingStatus)?, bodyIsPublic: Bool,
        grant: Grant
    ) -> Bool {
        guard canSeeMeeting(bodyIsPublic: bodyIsPublic, grant: grant), canSeeAction(isPrivate: isPrivate, grant: grant) else { return false }
        guard let minute else { return grant.drafts }
        return canSeeMinutes(part: minute.part, meetingStatus: minute.meetingStatus, grant: grant)
    }
}

/// The one rule for minutes quoted in the papers of a body's next meeting (its pack's "Minutes of the
/// previous meeting", the Matters Arising report). As UK councils do, the next meeting's public papers
/// carry the draft Part 1 minutes it is asked to approve, marked "draft, subject to approval"; Part 2
/// and private material stay with those who have the Part 2 grant.
extension Visibility {
    public enum QuotedMinutes: Sendable, Equatable {
        case approved
        /// Printed with `MattersArisingEntry.draftMark`.
        case draftSubjectToApproval
        case withheld
    }

    /// How minutes of `part` of a meeting in `meetingStatus` appear in the next meeting's papers.
    public static func quotedInNextPapers(part: AgendaPart, meetingStatus: MeetingStatus, grant: Grant) -> QuotedMinutes {
        if part == .two && !grant.partTwo { return .withheld }
        switch meetingStatus {
        case .minutesApproved: return .approved
        case .held, .minutesDrafted: return .draftSubjectToApproval
        default: return grant.drafts ? .draftSubjectToApproval : .withheld
        }
    }

    /// May `grant` see an entry of a Matters Arising report? Part 2 minutes' entries and private
    /// actions' entries need the Part 2 grant; an entry quoting draft minutes is seen, marked.
    public static func canSeeMattersArisingEntry(part: AgendaPart, isPrivate: Bool, grant: Grant) -> Bool {
        (part == .one || grant.partTwo) && canSeeAction(isPrivate: isPrivate, grant: grant)
    }
}
