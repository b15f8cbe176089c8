import Hummingbird
import MinutebookCore
import MinutebookServices

/// The meeting page: agenda, attendance, minutes, resolutions, actions, documents, approval.
struct MeetingController {
    let scope: Scope
    let minutes: any MinutesRepository
    let schedule: any MeetingScheduleRepository
    let signatures: any MinutesSignatureRepository
    /// The sub-groups' filed reports, linked from the agenda item they fill and the documents.
    let filedReports: FiledReports
    let cache: PublicCache

    /// On the cached group: the page's records come from the one read that fills the public cache.
    func addRoutes(to routes: PartnershipRoutes) {
        routes.cached.get("bodies/:body/meetings/:date", use: show)
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        // The public never sees a "saved" notice (only editors save), so its page does not vary by query.
        let notice = context.audience == .public ? nil : request.uri.queryParameters.get("saved").flatMap(MeetingPage.notice(for:))
        return try await cache.page(request, context) { try await render(context, notice: notice) }
    }

    private func render(_ context: AppRequestContext, notice: String?) async throws -> [UInt8] {
        let record = try await scope.meetingPage(context)
        guard let detail = record.detail else { throw DomainError.notFound("There is no such meeting.") }
        var page = MeetingPage(
            detail: detail,
            approval: record.approval,
            corrections: record.corrections,
            laterMeetings: MinutesApproval.approvingMeetings(for: detail.meeting.date, among: record.laterMeetings, today: Today.date),
            notice: notice,
            csrfToken: context.csrfToken,
            packIssue: record.packIssue,
            changes: try await schedule.changes(of: detail.meeting.id),
            signature: detail.meeting.status == .minutesApproved ? try await signatures.signature(meetingID: detail.meeting.id) : nil,
            reports: try await filedReports.forMeeting(detail, audience: context.audience))
        if detail.meeting.status == .minutesApproved, page.signature == nil, case .account(let account) = context.audience {
            let personID = account.personID
            if detail.grant.edit {
                page.canSign = true
            } else if personID != nil {
                page.canSign = try await signatures.signers(meetingID: detail.meeting.id).contains { $0.personID == personID }
            }
        }
        let layout = layoutFor(page, context: context)
        return layout.render { w in
            MeetingView.write(page, errors: FormErrors(), values: FormData(), into: &w)
            PublicLinks.write(layout.alternates, into: &w)
        }
    }

    func layoutFor(_ page: MeetingPage, context: AppRequestContext) -> Layout {
        var layout = Layout(title: page.detail.title, signedInAs: context.signedInAs, csrfToken: context.csrfToken)
        layout.breadcrumbs = [
            (page.detail.partnership.name, SitePath.partnership(page.detail.partnership.slug).path),
            (page.detail.body.name, SitePath.body(partnership: page.detail.partnership.slug, body: page.detail.body.slug).path)
        ]
        layout.alternates = PublicLinks.meeting(page.detail)
        // About a kilobyte of markup per agenda item and per minute, plus the text itself.
        layout.capacity =
            16_384 + 1_024 * (page.detail.agenda.count + page.detail.minutes.count)
            + page.detail.minutes.reduce(0) { $0 + $1.minute.text.utf8.count }
        return layout
    }
}

/// What the meeting page shows, already cut to the audience by `Visibility` (inside `detail`).
struct MeetingPage: Sendable {
    var detail: MeetingDetail
    var approval: ApprovalRecord?
    var corrections: [MinuteCorrection]
    /// Later meetings of the body, offered as the meeting that approves these minutes.
    var laterMeetings: [LocalDate]
    var notice: String?
    var csrfToken: String?
    /// The latest issue of the meeting's agenda pack, if it has been issued.
    var packIssue: PackIssue? = nil
    /// Moves, re-timings and a cancellation, oldest first, with their reasons.
    var changes: [MeetingChange] = []
    /// The chair's signature of the approved minutes, if signed.
    var signature: MinutesSignature? = nil
    /// Whether the viewer may sign them (the approving meeting's chair) or record the signature (the secretariat).
    var canSign = false
    /// The sub-groups' filed reports the viewer may read (`FiledReports`).
    var reports: [FiledReportLink] = []

    static func notice(for key: String) -> String? {
        switch key {
        case "attendance": "Attendance saved."
        case "started": "The draft minutes have been started from the agenda."
        case "minute": "Minute saved as a draft."
        case "approved": "The minutes have been approved. They can no longer be changed; record corrections below."
        case "correction": "Correction recorded."
        case "moved": "The meeting was moved. No member was e-mailed: mail is not set up, or no member has an address on record."
        case "moved-told": "The meeting was moved and its members were told by e-mail."
        case "cancelled": "The meeting was cancelled. No member was e-mailed: mail is not set up, or no member has an address on record."
        case "cancelled-told": "The meeting was cancelled and its members were told by e-mail."
        case "signed": "The minutes have been signed."
        default: nil
        }
    }

    var canEdit: Bool { detail.grant.edit }
    var isApproved: Bool { detail.meeting.status == .minutesApproved }
}
