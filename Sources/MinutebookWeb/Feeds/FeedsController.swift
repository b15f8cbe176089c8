import Foundation
import HTTPTypes
import Hummingbird
import MinutebookCore
import MinutebookServices

/// Subscribable feeds of the public record: iCalendar of meetings per partnership and per body, and the
/// partnership's decisions and papers as Atom and RSS.
/// Feeds are always the public view (calendar apps do not sign in), rendered once per data version.
struct FeedsController {
    let directory: any DirectoryRepository
    let meetings: any MeetingRepository
    let cache: PublicCache

    func addRoutes(to routes: PartnershipRoutes) {
        routes.cached.get("calendar.ics", use: partnershipCalendar)
        routes.cached.get("bodies/:body/calendar.ics", use: bodyCalendar)
        routes.cached.get("feed.atom", use: atom)
        routes.cached.get("feed.rss", use: rss)
    }

    @Sendable func atom(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await decisions(request, context, contentType: DecisionsFeed.atomContentType) { $0.atom() }
    }

    @Sendable func rss(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await decisions(request, context, contentType: DecisionsFeed.rssContentType) { $0.rss() }
    }

    /// The partnership's decisions and papers feed, written by `format`, cached per data version.
    private func decisions(
        _ request: Request, _ context: AppRequestContext, contentType: String,
        format: @escaping @Sendable (DecisionsFeed) -> [UInt8]
    ) async throws -> Response {
        let slug = try context.parameters.require("partnership")
        let base = PublicBase(context)
        let entry = try await cache.entry("feed " + request.uri.path, contentType: contentType) {
            guard let partnership = try await directory.partnership(slug: slug) else {
                throw DomainError.notFound("there is no partnership '\(slug)'")
            }
            let details = try await PublicRecord(directory: directory, meetings: meetings).details(partnership, .public)
            return format(DecisionsFeed.decisionsAndDocuments(details, partnership: partnership, base: base))
        }
        return PublicCache.response(entry, request: request)
    }

    @Sendable func partnershipCalendar(_ request: Request, context: AppRequestContext) async throws -> Response {
        let slug = try context.parameters.require("partnership")
        let base = PublicBase(context)
        let entry = try await cache.entry("feed " + request.uri.path, contentType: ICalendar.contentType) {
            guard let partnership = try await directory.partnership(slug: slug) else {
                throw DomainError.notFound("there is no partnership '\(slug)'")
            }
            let bodies = try await directory.bodies(of: partnership.id)
            return Array(try await calendar(partnership: partnership, bodies: bodies, name: partnership.name, base: base).utf8)
        }
        return PublicCache.response(entry, request: request)
    }

    @Sendable func bodyCalendar(_ request: Request, context: AppRequestContext) async throws -> Response {
        let slug = try context.parameters.require("partnership")
        let bodySlug = try context.parameters.require("body")
        let base = PublicBase(context)
        let entry = try await cache.entry("feed " + request.uri.path, contentType: ICalendar.contentType) {
            guard let partnership = try await directory.partnership(slug: slug),
                let body = try await directory.body(slug: bodySlug, in: partnership.id)
            else {
                throw DomainError.notFound("there is no body '\(bodySlug)' in partnership '\(slug)'")
            }
            return Array(try await calendar(partnership: partnership, bodies: [body], name: body.name, base: base).utf8)
        }
        return PublicCache.response(entry, request: request)
    }

    /// The meetings of `bodies` that the public may know of, oldest first.
    private func calendar(partnership: Partnership, bodies: [Body], name: String, base: PublicBase) async throws -> String {
        var events: [ICalendar.Event] = []
        for body in bodies {
            let grant = Visibility.grant(.public, bodyID: body.id, partnershipID: partnership.id)
            guard Visibility.canSeeMeeting(bodyIsPublic: body.isPublic, grant: grant) else { continue }
            for meeting in try await directory.meetings(of: body.id, audience: .public, limit: 1_000) {
                let url = base.origin + SitePath.meeting(partnership: partnership.slug, body: body.slug, date: meeting.date).path
                var description = "\(body.name), \(partnership.name). \(meeting.status.label)."
                description += "\nAgenda, papers and minutes: \(url)"
                events.append(
                    ICalendar.Event(
                        uid: "meeting-\(meeting.id)@\(partnership.slug).minutebook", sequence: meeting.sequence,
                        date: meeting.date, start: meeting.start, end: meeting.end,
                        summary: meeting.status == .cancelled ? "Cancelled: \(body.name)" : body.name,
                        location: meeting.venue, description: description, url: url,
                        cancelled: meeting.status == .cancelled))
            }
        }
        events.sort { ($0.date, $0.uid) < ($1.date, $1.uid) }
        return ICalendar(name: name, events: events, stamp: ICalendar.stamp(Date())).render()
    }
}

/// The site's configured address (`serve --base-url`), for absolute links in feeds, the sitemap and
/// open data (calendar apps need them). Never the request's `Host`: that is client input, and a
/// cached answer would carry one client's host to every other.
struct PublicBase: Sendable {
    var origin: String

    init(_ context: AppRequestContext) {
        origin = context.siteOrigin
    }
}

extension ICalendar {
    static let contentType = "text/calendar; charset=utf-8"

    /// `YYYYMMDDTHHMMSSZ` in UTC.
    static func stamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func pad(_ n: Int?, _ width: Int = 2) -> String {
            let s = String(n ?? 0)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return pad(c.year, 4) + pad(c.month) + pad(c.day) + "T" + pad(c.hour) + pad(c.minute) + pad(c.second) + "Z"
    }
}
