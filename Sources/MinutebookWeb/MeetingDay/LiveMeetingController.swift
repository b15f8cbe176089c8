import Foundation
import Hummingbird
import MinutebookCore
import MinutebookServices

/// The meeting day: the secretariat opens a meeting "in progress", keeps the register, takes the
/// items (in any order, or defers or withdraws them), writes each item's notes, resolutions and
/// actions, records votes and declarations, and closes the meeting into draft minutes.
/// Every handler needs the edit grant; every write is one repository call, audited as the account.
struct LiveMeetingController {
    let scope: Scope
    let meetingDay: any MeetingDayRepository
    let bodies: any BodyRepository

    init(
        directory: any DirectoryRepository, meetings: any MeetingRepository, meetingDay: any MeetingDayRepository,
        bodies: any BodyRepository
    ) {
        self.scope = Scope(directory: directory, meetings: meetings)
        self.meetingDay = meetingDay
        self.bodies = bodies
    }

    func addRoutes(to routes: PartnershipRoutes) {
        let live = routes.body.group("meetings/:date/live")
        live.get(use: show)
        live.post("open", use: open)
        live.post("close", use: close)
        live.get("register", use: showRegister)
        live.post("register", use: saveRegister)
        live.get("items/:item", use: showItem)
        live.post("items/:item", use: saveItem)
        live.post("items/:item/take", use: take)
        live.post("items/:item/votes", use: recordVote)
        live.post("items/:item/votes/:vote/delete", use: removeVote)
        live.post("items/:item/declarations", use: recordDeclaration)
        live.post("items/:item/declarations/:declaration/delete", use: removeDeclaration)
    }

    /// The meeting (for an editor) and its live record, if opened.
    func load(_ request: Request, _ context: AppRequestContext) async throws -> (LivePage, Editor) {
        let (detail, editor) = try await scope.meetingToEdit(request, context)
        let live = try await meetingDay.liveMeeting(meetingID: detail.meeting.id)
        return (LivePage(detail: detail, live: live, csrfToken: context.csrfToken), editor)
    }

    /// The live record of an open meeting, else a conflict saying why it cannot be changed.
    func requireOpen(_ page: LivePage) throws -> LiveMeeting {
        guard let live = page.live else { throw DomainError.conflict("This meeting is not in progress: open it first.") }
        if live.isClosed {
            throw DomainError.conflict("This meeting has been closed: its notes are now the draft minutes, edited on the meeting page.")
        }
        return live
    }

    // MARK: Overview, opening and closing

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (page, _) = try await load(request, context)
        let notice = request.uri.queryParameters.get("saved").flatMap(LivePage.notice(for:))
        return .html(
            layout("Meeting in progress", page, context).render { w in
                LiveMeetingView.overview(page, notice: notice, errors: FormErrors(), into: &w)
            })
    }

    @Sendable func open(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (page, editor) = try await load(request, context)
        try await meetingDay.openMeeting(meetingID: page.detail.meeting.id, by: editor)
        return .redirect(to: page.path + "?saved=opened")
    }

    @Sendable func close(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (page, editor) = try await load(request, context)
        let live = try requireOpen(page)
        var request = request
        let form = try await FormData.collect(from: &request, context: context)
        var errors = FormErrors()
        if !live.pending.isEmpty {
            let items = live.pending.map { $0.agendaItem.number.map { "item \($0)" } ?? $0.agendaItem.title }
            errors.add("close", "Take, defer or withdraw \(items.joined(separator: ", ")) before closing the meeting")
        }
        if form["confirm-close"] != "1" { errors.add("confirm-close", "Confirm that the meeting has ended") }
        guard errors.isEmpty else {
            return .html(
                layout("Error: Meeting in progress", page, context).render { w in
                    LiveMeetingView.overview(page, notice: nil, errors: errors, into: &w)
                }, status: .badRequest)
        }
        try await meetingDay.closeMeeting(meetingID: page.detail.meeting.id, by: editor)
        return .redirect(to: page.detail.path + "?saved=closed#minutes")
    }

    @Sendable func take(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (page, editor) = try await load(request, context)
        let live = try requireOpen(page)
        let item = try Self.item(live, context)
        var request = request
        let form = try await FormData.collect(from: &request, context: context)
        guard let state = form["state"].flatMap(LiveItemState.init(rawValue:)), state != .pending else {
            throw DomainError.invalid("Choose whether the item was taken, deferred or withdrawn.")
        }
        try await meetingDay.takeItem(agendaItemID: item.agendaItem.id, as: state, by: editor)
        if form["next"] == "item" {
            return .redirect(to: page.itemPath(item.agendaItem.id) + "?saved=" + state.rawValue)
        }
        return .redirect(to: page.path + "?saved=" + state.rawValue + "#" + LiveMeetingView.anchor(item.agendaItem.id))
    }

    static func item(_ live: LiveMeeting, _ context: AppRequestContext) throws -> LiveItem {
        let id = try context.parameters.require("item", as: Int64.self)
        guard let item = live.items.first(where: { $0.agendaItem.id == id }) else {
            throw DomainError.notFound("This meeting has no agenda item \(id).")
        }
        return item
    }

    func layout(_ title: String, _ page: LivePage, _ context: AppRequestContext) -> Layout {
        var layout = Layout(title: title + ": " + page.detail.title, signedInAs: context.signedInAs, csrfToken: context.csrfToken)
        layout.breadcrumbs = [
            (page.detail.partnership.name, SitePath.partnership(page.detail.partnership.slug).path),
            (page.detail.body.name, SitePath.body(partnership: page.detail.partnership.slug, body: page.detail.body.slug).path),
            (page.detail.meeting.date.long, page.detail.path)
        ]
        if title != "Meeting in progress" { layout.breadcrumbs.append(("Meeting in progress", page.path)) }
        return layout
    }
}

/// What every meeting-day page knows: the meeting (cut to the editor) and its live record.
struct LivePage: Sendable {
    var detail: MeetingDetail
    var live: LiveMeeting?
    var csrfToken: String?

    var path: String { SitePath.liveMeeting(partnership: detail.partnership.slug, body: detail.body.slug, date: detail.meeting.date).path }
    var registerPath: String {
        SitePath.liveRegister(partnership: detail.partnership.slug, body: detail.body.slug, date: detail.meeting.date).path
    }
    func itemPath(_ id: Int64) -> String {
        SitePath.liveItem(partnership: detail.partnership.slug, body: detail.body.slug, date: detail.meeting.date, item: id).path
    }

    /// "Item 3: Budget (minute 193)"
    static func label(_ item: LiveItem) -> String {
        var text = item.agendaItem.number.map { "Item \($0): " } ?? ""
        text += item.agendaItem.title
        if let number = item.number { text += " (minute \(number.text))" }
        return text
    }

    static func notice(for key: String) -> String? {
        switch key {
        case "opened": "The meeting is in progress."
        case "register": "Register saved."
        case "taken": "Item taken: it has its minute number."
        case "deferred": "Item deferred: it is minuted as deferred to the next meeting."
        case "withdrawn": "Item withdrawn: it is minuted as withdrawn."
        case "item": "Item saved."
        case "vote": "Vote recorded."
        case "vote-removed": "Vote removed."
        case "declaration": "Declaration recorded."
        case "declaration-removed": "Declaration removed."
        default: nil
        }
    }
}
