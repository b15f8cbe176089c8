import Hummingbird
import MinutebookCore
import MinutebookServices

/// One seat's upkeep: change its role, vacate it (the holder's last day; the seat stays, empty), or
/// end it (abolished the day after), each audited; handing over has its own page.
extension SeatsController {
    enum UpkeepForm { case role, vacate, end }

    func addUpkeepRoutes(to seats: RouterGroup<SecretariatContext>) {
        seats.get(":seat", use: seatPage)
        seats.post(":seat/role", use: changeRole)
        seats.post(":seat/vacate", use: vacate)
        seats.post(":seat/end", use: end)
    }

    @Sendable func seatPage(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = try scope(secretariat)
        let context = secretariat.request
        return upkeepPage(scope, context, try await seat(scope, context), FormReader(FormData()), form: nil)
    }

    @Sendable func changeRole(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = try scope(secretariat)
        let context = secretariat.request
        let entry = try await seat(scope, context)
        var f = try await form(request, context)
        let role: SeatRole? = f.choice("role", "Choose the seat's role")
        if let role, f.errors.isEmpty,
            try await f.refusing("role", { try await upkeep.changeRole(of: entry.seat.id, to: role, by: scope.editor) }) != nil
        {
            return done(scope, "The seat \(entry.seat.title) is now \(role.label).")
        }
        return upkeepPage(scope, context, entry, f, form: .role)
    }

    @Sendable func vacate(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = try scope(secretariat)
        let context = secretariat.request
        let entry = try await seat(scope, context)
        var f = try await form(request, context)
        if let date = f.dayMonthYear("lastDay", "the holder's last day"), f.errors.isEmpty,
            try await f.refusing("lastDay-day", { try await upkeep.vacateSeat(entry.seat.id, on: date, by: scope.editor) }) != nil
        {
            return done(scope, "\(entry.holderName ?? "The holder") held the seat \(entry.seat.title) until \(date.long); it is now vacant.")
        }
        return upkeepPage(scope, context, entry, f, form: .vacate)
    }

    @Sendable func end(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = try scope(secretariat)
        let context = secretariat.request
        let entry = try await seat(scope, context)
        var f = try await form(request, context)
        if let date = f.dayMonthYear("endOn", "the seat's last day"), f.errors.isEmpty,
            try await f.refusing("endOn-day", { try await upkeep.endSeat(entry.seat.id, on: date, by: scope.editor) }) != nil
        {
            return done(scope, "The seat \(entry.seat.title) ended on \(date.long).")
        }
        return upkeepPage(scope, context, entry, f, form: .end)
    }

    func done(_ scope: Scope, _ notice: String) -> Response {
        Response(status: .seeOther, headers: [.location: scope.path + "?done=" + notice.addingPercentEncodingForQuery()])
    }

    func upkeepPage(_ scope: Scope, _ context: AppRequestContext, _ entry: SeatWithHolder, _ f: FormReader, form: UpkeepForm?) -> Response {
        var layout = layout("The seat \(entry.seat.title)", scope, context, errors: f.errors)
        layout.breadcrumbs.append(("Seats", scope.path))
        let path = "\(scope.path)/\(entry.seat.id)"
        let none = FormErrors()
        let bytes = layout.render { w in
            w.errorSummary(f.errors)
            w.element("<h1>", "The seat \(entry.seat.title)", "</h1>\n")
            if let holder = entry.holderName {
                w.element("<p>", "\(entry.seat.role.label), held by \(holder)" + (entry.since.map { " since \($0.long)" } ?? "") + ".", "</p>\n")
                w.raw("<p><a href=\"")
                w.text(path + "/hand-over")
                w.raw("\">Hand the seat over to a successor</a></p>\n")
            } else {
                w.element("<p>", "\(entry.seat.role.label), vacant.", "</p>\n")
            }
            w.raw("<h2 id=\"change-role\">Change the role</h2>\n")
            FormReader.open(&w, action: path + "/role", context: context, label: "change-role")
            w.selectField(
                "role", label: "Role", choices: SeatRole.allCases.map { Choice($0.rawValue, $0.label) },
                selected: form == .role ? f.value("role") : entry.seat.role.rawValue, errors: form == .role ? f.errors : none)
            w.raw("<button type=\"submit\">Change the role</button>\n</form>\n")
            if let holder = entry.holderName {
                w.raw("<h2 id=\"vacate-seat\">Vacate the seat</h2>\n")
                w.element("<p>", "\(holder) stops holding it; the seat stays, vacant, for a successor.", "</p>\n")
                FormReader.open(&w, action: path + "/vacate", context: context, label: "vacate-seat")
                w.dateInput(
                    "lastDay", legend: "\(holder)'s last day in the seat", value: form == .vacate ? f.dateParts("lastDay") : DateParts(),
                    hint: "For example 31 3 2031", errors: form == .vacate ? f.errors : none)
                w.raw("<button type=\"submit\" class=\"warning\">Vacate the seat</button>\n</form>\n")
            }
            w.raw("<h2 id=\"end-seat\">End the seat</h2>\n")
            w.element("<p>", "The body no longer has this seat: its holder, if any, stops holding it that day.", "</p>\n")
            FormReader.open(&w, action: path + "/end", context: context, label: "end-seat")
            w.dateInput(
                "endOn", legend: "The seat's last day", value: form == .end ? f.dateParts("endOn") : DateParts(),
                hint: "For example 31 3 2031", errors: form == .end ? f.errors : none)
            w.raw("<button type=\"submit\" class=\"warning\">End the seat</button>\n</form>\n")
        }
        return .html(bytes, status: f.errors.isEmpty ? .ok : .badRequest)
    }
}
