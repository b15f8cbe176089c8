import Hummingbird
import MinutebookCore

/// The secretariat keeps a body's seats: who holds each since when, a new seat with its holder, and
/// a hand-over to a successor, which forwards the open actions owned through the seat (or by the
/// leaving holder in that capacity) and says how many went.
struct SeatsController {
    let people: any PeopleRepository
    let seats: any SeatRepository
    let upkeep: any SeatUpkeepRepository

    func addRoutes(to routes: PartnershipRoutes) {
        let seats = routes.secretariatBody.group("seats")
        seats.get(use: show)
        seats.post(use: add)
        seats.get(":seat/hand-over", use: handOverPage)
        seats.post(":seat/hand-over", use: handOver)
        addUpkeepRoutes(to: seats)
    }

    struct Scope {
        var partnership: Partnership
        var body: Body
        var editor: ActionEditor
        var bodyPath: String { SitePath.body(partnership: partnership.slug, body: body.slug).path }
        var path: String { bodyPath + "/seats" }
    }

    /// The path's partnership and body, for the secretariat (the context checked the edit grant).
    func scope(_ context: SecretariatContext) throws -> Scope {
        Scope(partnership: context.partnership, body: try context.pathBody(), editor: context.actionEditor)
    }

    func form(_ request: Request, _ context: AppRequestContext) async throws -> FormReader {
        var request = request
        return FormReader(try await FormData.collect(from: &request, context: context))
    }

    func choices(_ scope: Scope, excluding holderID: Int64? = nil) async throws -> (choices: [Choice], ids: Set<Int64>) {
        let everyone = try await people.people(of: scope.partnership.id).filter { $0.id != holderID }
        return ([Choice("", "Choose a person")] + everyone.map { Choice(String($0.id), $0.fullName) }, Set(everyone.map(\.id)))
    }

    func seat(_ scope: Scope, _ context: AppRequestContext) async throws -> SeatWithHolder {
        let id = try context.parameters.require("seat", as: Int64.self)
        guard let seat = try await seats.seats(bodyID: scope.body.id).first(where: { $0.seat.id == id }) else {
            throw DomainError.notFound("\(scope.body.name) has no such seat.")
        }
        return seat
    }

    static func person(_ f: inout FormReader, _ field: String, among ids: Set<Int64>) -> Int64? {
        guard let text = f.form.nonEmpty(field) else {
            f.errors.add(field, "Choose a person from the list")
            return nil
        }
        guard let id = Int64(text), ids.contains(id) else {
            f.errors.add(field, "Choose a person from the list")
            return nil
        }
        return id
    }

    @Sendable func show(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = try scope(secretariat)
        let context = secretariat.request
        let list = try await seats.seats(bodyID: scope.body.id)
        var notice: String?
        if let handed = request.uri.queryParameters.get("handed", as: Int64.self),
            let entry = list.first(where: { $0.seat.id == handed }), let holder = entry.holderName
        {
            let forwarded = request.uri.queryParameters.get("forwarded", as: Int.self) ?? 0
            notice = "\(holder) now holds the seat \(entry.seat.title). " + Self.forwardedSentence(forwarded)
        } else if let added = request.uri.queryParameters.get("added", as: Int64.self),
            let entry = list.first(where: { $0.seat.id == added })
        {
            notice = "The seat \(entry.seat.title) was added" + (entry.holderName.map { ", held by \($0)." } ?? ".")
        } else {
            notice = setupNotice(request)
        }
        return try await page(scope, context, list, notice: notice, FormReader(FormData()))
    }

    static func forwardedSentence(_ count: Int) -> String {
        switch count {
        case 0: "No open actions needed forwarding."
        case 1: "1 open action was forwarded to them."
        default: "\(count) open actions were forwarded to them."
        }
    }

    @Sendable func add(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = try scope(secretariat)
        let context = secretariat.request
        var f = try await form(request, context)
        let title = f.required("title", "Enter the seat's title, for example Borough Commander")
        if title.count > 200 { f.errors.add("title", "Enter a title of up to 200 characters") }
        let role: SeatRole? = f.choice("role", "Choose the seat's role")
        let holder = Self.person(&f, "holder", among: try await choices(scope).ids)
        let since = f.dayMonthYear("since", "the day the holder took the seat")
        if f.errors.isEmpty, let role, let holder, let since {
            do {
                let id = try await seats.addSeat(
                    bodyID: scope.body.id, title: title, role: role, holderID: holder, since: since,
                    by: scope.editor)
                return Response(status: .seeOther, headers: [.location: scope.path + "?added=\(id)"])
            } catch let error as DomainError where error.kind == .invalid || error.kind == .conflict {
                f.refused(error, field: "title")
            }
        }
        return try await page(scope, context, try await seats.seats(bodyID: scope.body.id), notice: nil, f)
    }

    @Sendable func handOverPage(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = try scope(secretariat)
        let context = secretariat.request
        return try await handOverForm(scope, context, try await seat(scope, context), FormReader(FormData()))
    }

    @Sendable func handOver(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = try scope(secretariat)
        let context = secretariat.request
        let entry = try await seat(scope, context)
        var f = try await form(request, context)
        let successor = Self.person(&f, "successor", among: try await choices(scope, excluding: entry.holderID).ids)
        let date = f.dayMonthYear("on", "the successor's first day")
        if let date, let since = entry.since, date <= since {
            f.errors.add("on-day", "Enter a day after \(since.long), when the seat was taken")
        }
        if entry.holderID == nil { f.errors.add("successor", "The seat is vacant: add its holder as a new seat instead") }
        if f.errors.isEmpty, let successor, let date {
            do {
                let forwarded = try await seats.passSeat(entry.seat.id, to: successor, on: date, by: scope.editor)
                return Response(
                    status: .seeOther,
                    headers: [.location: scope.path + "?handed=\(entry.seat.id)&forwarded=\(forwarded.count)"])
            } catch let error as DomainError where error.kind == .invalid || error.kind == .conflict {
                f.refused(error, field: "successor")
            }
        }
        return try await handOverForm(scope, context, entry, f)
    }
}
