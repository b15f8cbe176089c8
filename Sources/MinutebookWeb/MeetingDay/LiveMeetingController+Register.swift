import Hummingbird
import MinutebookCore
import MinutebookServices

/// The register: one row per seat with its holder on the meeting date (present, virtual, apologies,
/// absent; a substitute; the minutes during which they arrived late or left early), then others present.
extension LiveMeetingController {
    @Sendable func showRegister(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (page, _) = try await load(request, context)
        let live = try requireOpen(page)
        let sheet = try await registerSheet(page, live, context: context)
        return .html(layout("Register", page, context).render { w in LiveRegisterView.write(sheet, errors: FormErrors(), into: &w) })
    }

    @Sendable func saveRegister(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (page, editor) = try await load(request, context)
        let live = try requireOpen(page)
        var request = request
        let form = try await FormData.collect(from: &request, context: context)
        var sheet = try await registerSheet(page, live, context: context)
        let taken = Set(sheet.minuteChoices.map(\.id))
        var errors = FormErrors()
        var entries: [RegisterEntry] = []
        func item(_ field: String, _ label: String) -> Int64? {
            guard let text = form.nonEmpty(field) else { return nil }
            guard let id = Int64(text), taken.contains(id) else {
                errors.add(field, "Choose the minute during which \(label) from the list")
                return nil
            }
            return id
        }
        for i in sheet.rows.indices {
            let n = i + 1
            let row = sheet.rows[i]
            guard form["row-\(n)-seat"].flatMap({ Int64($0) }) == row.seatID else {
                throw DomainError.invalid("The seats of this body changed while the form was open. Reload the page and try again.")
            }
            sheet.rows[i].substitute = form["row-\(n)-substitute"] ?? ""
            sheet.rows[i].arrived = form["row-\(n)-arrived"] ?? ""
            sheet.rows[i].left = form["row-\(n)-left"] ?? ""
            guard let status = AttendanceStatus(rawValue: form["row-\(n)-status"] ?? ""), LiveRegisterSheet.statuses.contains(status) else {
                errors.add("row-\(n)-status", "Choose how \(row.holderName) attended")
                continue
            }
            sheet.rows[i].status = status
            let substitute = sheet.rows[i].substitute
            if !substitute.isEmpty && status.attended {
                errors.add("row-\(n)-substitute", "\(row.holderName) attended, so no substitute can be recorded for them")
            }
            let arrived = item("row-\(n)-arrived", "\(row.holderName) arrived")
            let left = item("row-\(n)-left", "\(row.holderName) left")
            let who = substitute.isEmpty ? row.holderName : substitute
            if !status.attended && substitute.isEmpty && (arrived != nil || left != nil) {
                errors.add("row-\(n)-arrived", "\(row.holderName) did not attend: clear the minutes of arrival and departure")
            }
            if let a = arrived, let l = left, let an = live.items.first(where: { $0.agendaItem.id == a })?.number,
                let ln = live.items.first(where: { $0.agendaItem.id == l })?.number, ln < an
            {
                errors.add("row-\(n)-left", "\(who) cannot leave before they arrived")
            }
            let position: ChairPosition? = status.attended ? ChairPosition(rawValue: row.seatRole.rawValue) : nil
            entries.append(
                RegisterEntry(
                    AttendanceInput(
                        personID: row.holderID, seatID: row.seatID, name: row.holderName,
                        roleText: row.holderTitle, status: status, position: position),
                    arrivedDuringItemID: substitute.isEmpty ? arrived : nil,
                    leftDuringItemID: substitute.isEmpty ? left : nil))
            if !substitute.isEmpty {
                entries.append(
                    RegisterEntry(
                        AttendanceInput(
                            seatID: row.seatID, name: substitute, roleText: row.seatTitle, status: .substitute,
                            substituteForPersonID: row.holderID, substituteForName: row.holderName),
                        arrivedDuringItemID: arrived, leftDuringItemID: left))
            }
        }
        sheet.extras = (1...max(sheet.extras.count, 1)).map { n in
            LiveRegisterSheet.Extra(name: form["extra-\(n)-name"] ?? "", role: form["extra-\(n)-role"] ?? "")
        }
        for (i, extra) in sheet.extras.enumerated() {
            if extra.name.isEmpty && !extra.role.isEmpty { errors.add("extra-\(i + 1)-name", "Enter the name of the person also present") }
            if !extra.name.isEmpty {
                entries.append(
                    RegisterEntry(
                        AttendanceInput(
                            name: extra.name, roleText: extra.role.isEmpty ? nil : extra.role,
                            status: .alsoPresent)))
            }
        }
        guard errors.isEmpty else {
            return .html(
                layout("Error: Register", page, context).render { w in LiveRegisterView.write(sheet, errors: errors, into: &w) },
                status: .badRequest)
        }
        try await meetingDay.recordRegister(entries, meetingID: page.detail.meeting.id, by: editor)
        return .redirect(to: page.path + "?saved=register")
    }

    /// The register prefilled from the seats held on the meeting date and what was recorded already.
    func registerSheet(_ page: LivePage, _ live: LiveMeeting, context: AppRequestContext) async throws -> LiveRegisterSheet {
        let detail = page.detail
        let seats = try await bodies.seats(of: detail.body.id, on: detail.meeting.date, audience: context.audience)
        var recorded = detail.attendance
        func itemID(_ number: MinuteNumber?) -> String {
            guard let number else { return "" }
            return live.items.first(where: { $0.number == number }).map { String($0.agendaItem.id) } ?? ""
        }
        var rows: [LiveRegisterSheet.Row] = []
        for seat in seats {
            guard let holder = seat.holder else { continue }
            var row = LiveRegisterSheet.Row(
                seatID: seat.seat.id, seatTitle: seat.seat.title, seatRole: seat.seat.role, holderID: holder.id,
                holderName: holder.fullName, holderTitle: seat.holderJobTitle ?? seat.seat.title,
                status: .present, substitute: "", arrived: "", left: "")
            if let index = recorded.firstIndex(where: { $0.personID == holder.id && $0.status != .substitute }) {
                row.status = recorded[index].status == .alsoPresent ? .present : recorded[index].status
                row.arrived = itemID(recorded[index].arrivedDuring)
                row.left = itemID(recorded[index].leftDuring)
                recorded.remove(at: index)
            }
            if let index = recorded.firstIndex(where: { $0.status == .substitute && $0.substituteFor == holder.fullName }) {
                row.substitute = recorded[index].name
                row.arrived = itemID(recorded[index].arrivedDuring)
                row.left = itemID(recorded[index].leftDuring)
                recorded.remove(at: index)
            }
            rows.append(row)
        }
        var extras = recorded.map { LiveRegisterSheet.Extra(name: $0.name, role: $0.role ?? "") }
        extras += Array(repeating: LiveRegisterSheet.Extra(name: "", role: ""), count: 2)
        let choices = live.numbered.map { LiveRegisterSheet.MinuteChoice(id: $0.agendaItem.id, label: LivePage.label($0)) }
        return LiveRegisterSheet(page: page, rows: rows, extras: extras, minuteChoices: choices)
    }
}

/// The register form's content.
struct LiveRegisterSheet: Sendable {
    static let statuses: [AttendanceStatus] = [.present, .virtual, .apologies, .absent]

    struct Row: Sendable {
        var seatID: Int64
        var seatTitle: String
        var seatRole: SeatRole
        var holderID: Int64
        var holderName: String
        var holderTitle: String?
        var status: AttendanceStatus
        var substitute: String
        /// Agenda item ids (as text, "" for none) of the minutes during which they arrived or left.
        var arrived: String
        var left: String
    }
    struct Extra: Sendable {
        var name: String
        var role: String
    }
    struct MinuteChoice: Sendable {
        var id: Int64
        var label: String
    }
    var page: LivePage
    var rows: [Row]
    var extras: [Extra]
    /// The items taken so far: a late arrival or early departure happens during one of them.
    var minuteChoices: [MinuteChoice]
}
