import Hummingbird
import MinutebookCore

/// Reads the `/p/{partnership}/bodies/{body}/meetings/{date}` parameters into records, as 404s
/// when unknown. A meeting the audience may not know of is also a 404 (its existence is not told).
/// On the routes of `PartnershipRoutes.partnership` and `.body` the partnership and body are the ones
/// the groups' middleware found; only the public cached pages (`.cached`) look them up here.
struct Scope: Sendable {
    let directory: any DirectoryRepository
    let meetings: any MeetingRepository

    func partnership(_ context: AppRequestContext) async throws -> Partnership {
        if let partnership = context.scope.partnership { return partnership }
        let slug = try context.parameters.require("partnership")
        guard let partnership = try await directory.partnership(slug: slug) else {
            throw PathScope.noPartnership(slug)
        }
        return partnership
    }

    func body(_ context: AppRequestContext) async throws -> (Partnership, Body) {
        if context.scope.body != nil { return try context.pathBody() }
        let partnershipSlug = try context.parameters.require("partnership")
        let slug = try context.parameters.require("body")
        let (found, body) = try await directory.partnershipAndBody(partnership: partnershipSlug, body: slug)
        guard let partnership = found else {
            throw PathScope.noPartnership(partnershipSlug)
        }
        guard let body else {
            throw PathScope.noBody(slug, in: partnership)
        }
        let grant = Visibility.grant(context.audience, bodyID: body.id, partnershipID: partnership.id)
        guard Visibility.canSeeMeeting(bodyIsPublic: body.isPublic, grant: grant) else {
            throw PathScope.noBody(slug, in: partnership)
        }
        return (partnership, body)
    }

    /// The meeting as the request's audience may see it.
    func meeting(_ context: AppRequestContext) async throws -> MeetingDetail {
        let (partnership, body) = try await body(context)
        let text = try context.parameters.require("date")
        guard let date = LocalDate(iso: text) else {
            throw DomainError.notFound("\(text) is not a date: meeting addresses end in a date such as 2018-03-26.")
        }
        guard let detail = try await meetings.meetingDetail(bodyID: body.id, date: date, audience: context.audience) else {
            throw DomainError.notFound("\(body.name) has no meeting on \(date.long).")
        }
        return detail
    }

    /// The meeting page's record in one read, with the same 404s as `meeting(_:)`.
    func meetingPage(_ context: AppRequestContext) async throws -> MeetingPageRecord {
        let partnershipSlug = try context.parameters.require("partnership")
        let slug = try context.parameters.require("body")
        let text = try context.parameters.require("date")
        guard let date = LocalDate(iso: text) else {
            throw DomainError.notFound("\(text) is not a date: meeting addresses end in a date such as 2018-03-26.")
        }
        let record = try await meetings.meetingPage(partnership: partnershipSlug, body: slug, date: date, audience: context.audience)
        guard let partnership = record.partnership else {
            throw PathScope.noPartnership(partnershipSlug)
        }
        guard let body = record.body,
            Visibility.canSeeMeeting(
                bodyIsPublic: body.isPublic,
                grant: Visibility.grant(context.audience, bodyID: body.id, partnershipID: partnership.id))
        else {
            throw PathScope.noBody(slug, in: partnership)
        }
        guard record.detail != nil else {
            throw DomainError.notFound("\(body.name) has no meeting on \(date.long).")
        }
        return record
    }

    /// The meeting, for a change: signed in with the edit grant, else a redirect or 403.
    func meetingToEdit(_ request: Request, _ context: AppRequestContext) async throws -> (MeetingDetail, Editor) {
        let (_, editor) = try context.requireAccount(request)
        let detail = try await meeting(context)
        guard detail.grant.edit else {
            throw DomainError.forbidden("Only the secretariat of \(detail.partnership.name) can change this meeting's record.")
        }
        return (detail, editor)
    }
}

extension MeetingDetail {
    var path: String { SitePath.meeting(partnership: partnership.slug, body: body.slug, date: meeting.date).path }
    var title: String { "\(body.name), \(meeting.date.long)" }
}
