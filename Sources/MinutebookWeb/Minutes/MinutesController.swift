import Hummingbird
import MinutebookCore
import MinutebookServices

/// The secretariat's side of a meeting: attendance, drafting minutes, approval, corrections.
/// Every handler needs the edit grant; every write is one repository call, audited as the account.
struct MinutesController {
    let scope: Scope
    let minutes: any MinutesRepository
    let bodies: any BodyRepository
    let people: any PeopleRepository

    func addRoutes(to routes: PartnershipRoutes) {
        let meeting = routes.body.group("meetings/:date")
        meeting.get("attendance", use: showAttendance)
        meeting.post("attendance", use: saveAttendance)
        meeting.post("minutes/start", use: start)
        meeting.post("minutes/approve", use: approve)
        meeting.post("minutes/corrections", use: correct)
        meeting.get("minutes/:minute", use: showMinute)
        meeting.post("minutes/:minute", use: saveMinute)
    }

    // MARK: Attendance

    @Sendable func showAttendance(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (detail, _) = try await scope.meetingToEdit(request, context)
        if detail.meeting.status == .minutesApproved { throw DomainError.conflict(Self.approvedMessage) }
        let sheet = try await attendanceSheet(detail, context: context)
        return .html(layout("Record attendance", detail, context).render { w in MinutesForms.attendance(sheet, errors: FormErrors(), into: &w) })
    }

    @Sendable func saveAttendance(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (detail, editor) = try await scope.meetingToEdit(request, context)
        if detail.meeting.status == .minutesApproved { throw DomainError.conflict(Self.approvedMessage) }
        var request = request
        let form = try await FormData.collect(from: &request, context: context)
        var sheet = try await attendanceSheet(detail, context: context)
        var errors = FormErrors()
        var entries: [AttendanceInput] = []
        for i in sheet.rows.indices {
            let n = i + 1
            guard let seatID = form["row-\(n)-seat"].flatMap({ Int64($0) }), seatID == sheet.rows[i].seatID else {
                throw DomainError.invalid("The seats of this body changed while the form was open. Reload the page and try again.")
            }
            let row = sheet.rows[i]
            let status = AttendanceStatus(rawValue: form["row-\(n)-status"] ?? "")
            let substitute = form["row-\(n)-substitute"] ?? ""
            sheet.rows[i].substitute = substitute
            guard let status, MinutesForms.seatStatuses.contains(status) else {
                errors.add("row-\(n)-status", "Choose how \(row.holderName) attended")
                continue
            }
            sheet.rows[i].status = status
            if !substitute.isEmpty && status.attended {
                errors.add("row-\(n)-substitute", "\(row.holderName) attended, so no substitute can be recorded for them")
                continue
            }
            let position: ChairPosition? = status.attended ? ChairPosition(rawValue: row.seatRole.rawValue) : nil
            entries.append(
                AttendanceInput(
                    personID: row.holderID, seatID: row.seatID, name: row.holderName,
                    roleText: row.holderTitle, status: status, position: position))
            if !substitute.isEmpty {
                entries.append(
                    AttendanceInput(
                        seatID: row.seatID, name: substitute, roleText: row.seatTitle, status: .substitute,
                        substituteForPersonID: row.holderID, substituteForName: row.holderName))
            }
        }
        sheet.extras = (1...max(sheet.extras.count, 1)).map { n in
            AttendanceSheet.Extra(name: form["extra-\(n)-name"] ?? "", role: form["extra-\(n)-role"] ?? "")
        }
        for (i, extra) in sheet.extras.enumerated() {
            if extra.name.isEmpty && !extra.role.isEmpty { errors.add("extra-\(i + 1)-name", "Enter the name of the person also present") }
            if !extra.name.isEmpty {
                entries.append(AttendanceInput(name: extra.name, roleText: extra.role.isEmpty ? nil : extra.role, status: .alsoPresent))
            }
        }
        guard errors.isEmpty else {
            return .html(
                layout("Error: Record attendance", detail, context).render { w in MinutesForms.attendance(sheet, errors: errors, into: &w) },
                status: .badRequest)
        }
        try await minutes.recordAttendance(entries, meetingID: detail.meeting.id, by: editor)
        return .redirect(to: detail.path + "?saved=attendance#attendance")
    }

    private func attendanceSheet(_ detail: MeetingDetail, context: AppRequestContext) async throws -> AttendanceSheet {
        let seats = try await bodies.seats(of: detail.body.id, on: detail.meeting.date, audience: context.audience)
        var recorded = detail.attendance
        var rows: [AttendanceSheet.Row] = []
        for seat in seats {
            guard let holder = seat.holder else { continue }
            var status = AttendanceStatus.present
            var substitute = ""
            if let index = recorded.firstIndex(where: { $0.personID == holder.id && $0.status != .substitute }) {
                status = recorded[index].status == .alsoPresent ? .present : recorded[index].status
                recorded.remove(at: index)
            }
            if let index = recorded.firstIndex(where: { $0.status == .substitute && $0.substituteFor == holder.fullName }) {
                substitute = recorded[index].name
                recorded.remove(at: index)
            }
            rows.append(
                .init(
                    seatID: seat.seat.id, seatTitle: seat.seat.title, seatRole: seat.seat.role, holderID: holder.id,
                    holderName: holder.fullName, holderTitle: seat.holderJobTitle ?? seat.seat.title,
                    status: status, substitute: substitute))
        }
        var extras = recorded.map { AttendanceSheet.Extra(name: $0.name, role: $0.role ?? "") }
        extras += Array(repeating: AttendanceSheet.Extra(name: "", role: ""), count: 3)
        return AttendanceSheet(detail: detail, rows: rows, extras: extras, csrfToken: context.csrfToken)
    }

    // MARK: Minutes

    static let approvedMessage = "The minutes of this meeting have been approved and cannot be changed. Record a correction instead."

    @Sendable func start(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (detail, editor) = try await scope.meetingToEdit(request, context)
        _ = try await minutes.startMinutes(meetingID: detail.meeting.id, by: editor)
        return .redirect(to: detail.path + "?saved=started#minutes")
    }

    private func minuteToEdit(_ request: Request, _ context: AppRequestContext) async throws -> (MinuteEditPage, Editor) {
        let (detail, editor) = try await scope.meetingToEdit(request, context)
        let id = try context.parameters.require("minute", as: Int64.self)
        guard let minute = detail.minutes.first(where: { $0.minute.id == id }) else {
            throw DomainError.notFound("This meeting has no minute \(id).")
        }
        let everyone = try await people.people(of: detail.partnership.id)
        return (MinuteEditPage(detail: detail, minute: minute, people: everyone, csrfToken: context.csrfToken), editor)
    }

    @Sendable func showMinute(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (page, _) = try await minuteToEdit(request, context)
        if page.detail.meeting.status == .minutesApproved { throw DomainError.conflict(Self.approvedMessage) }
        return .html(
            layout("Edit minute", page.detail, context).render { w in MinuteEditView.write(page, values: nil, errors: FormErrors(), into: &w) })
    }

    @Sendable func saveMinute(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (page, editor) = try await minuteToEdit(request, context)
        var request = request
        let form = try await FormData.collect(from: &request, context: context)
        var errors = FormErrors()
        let text = form.untrimmed("text") ?? ""
        if text.count > 50_000 { errors.add("text", "The narrative must be 50,000 characters or fewer") }
        let resolutions = MinuteEditView.resolutionIndices(form).compactMap { form.nonEmpty("resolution-\($0)") }
        let peopleIDs = Set(page.people.map(\.id))
        var actions: [ActionInput] = []
        for (i, row) in MinuteEditView.actionRows(from: form).enumerated() {
            let n = MinuteEditView.actionIndices(form)[i]
            let text = row.text.trimmingCharacters(in: .whitespacesAndNewlines)
            var due: LocalDate?
            if !row.due.isEmpty {
                due = LocalDate(iso: row.due)
                if due == nil { errors.add("action-\(n)-due", "Enter the due date of action \(n) as a real date, for example 2018-04-30") }
            }
            var owners: [Int64] = []
            if !row.owner.isEmpty {
                if let id = Int64(row.owner), peopleIDs.contains(id) {
                    owners.append(id)
                } else {
                    errors.add("action-\(n)-owner", "Choose the owner of action \(n) from the list")
                }
            }
            let free = row.ownerText.split(whereSeparator: { $0 == "," || $0 == "/" || $0 == ";" })
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if text.isEmpty {
                if row.id == nil && (!owners.isEmpty || !free.isEmpty || due != nil) {
                    errors.add("action-\(n)-text", "Enter what action \(n) is, or clear its owner and date")
                }
                continue
            }
            actions.append(ActionInput(id: row.id, text: text, due: due, ownerPersonIDs: owners, freeTextOwners: free, isPrivate: row.isPrivate))
        }
        guard errors.isEmpty else {
            return .html(
                layout("Error: Edit minute", page.detail, context).render { w in MinuteEditView.write(page, values: form, errors: errors, into: &w) },
                status: .badRequest)
        }
        try await minutes.saveMinute(
            MinuteEdit(
                minuteID: page.minute.minute.id, text: text, postMeetingNote: form.nonEmpty("note"),
                resolutions: resolutions, actions: actions), by: editor)
        return .redirect(to: page.detail.path + "?saved=minute#" + MeetingAnchor.minute(page.minute.minute))
    }

    // MARK: Approval and corrections

    @Sendable func approve(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (detail, editor) = try await scope.meetingToEdit(request, context)
        var request = request
        let form = try await FormData.collect(from: &request, context: context)
        var errors = FormErrors()
        let later = MinutesApproval.approvingMeetings(
            for: detail.meeting.date, among: try await scope.meetings.meetingDates(of: detail.body.id),
            today: Today.date)
        let at = form["approved-at"].flatMap { LocalDate(iso: $0) }
        if at == nil || !later.contains(where: { $0 == at }) {
            errors.add("approved-at", "Choose the later meeting at which the minutes were approved")
        }
        let proposer = form["proposer"] ?? ""
        if proposer.isEmpty { errors.add("proposer", "Enter who proposed the minutes as a correct record") }
        if form["confirm"] != "1" { errors.add("confirm", "Confirm that the minutes were agreed and signed as a correct record") }
        guard errors.isEmpty, let at else {
            return try await meetingPage(detail, context: context, errors: errors, values: form, laterMeetings: later)
        }
        let atMeeting = try await scope.meetings.meeting(bodySlugOrName: detail.body.slug, partnership: detail.partnership.slug, date: at)
        try await minutes.approveMinutes(
            meetingID: detail.meeting.id,
            MinutesApproval(
                atMeetingID: atMeeting?.id, date: at, proposer: proposer,
                recordedOn: Today.date), by: editor)
        return .redirect(to: detail.path + "?saved=approved#minutes")
    }

    @Sendable func correct(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (detail, editor) = try await scope.meetingToEdit(request, context)
        var request = request
        let form = try await FormData.collect(from: &request, context: context)
        var errors = FormErrors()
        let minuteID = form["correction-minute"].flatMap { Int64($0) }
        if minuteID == nil || !detail.minutes.contains(where: { $0.minute.id == minuteID }) {
            errors.add("correction-minute", "Choose the minute the correction is for")
        }
        let text = form["correction-text"] ?? ""
        if text.isEmpty { errors.add("correction-text", "Enter the correction") }
        guard errors.isEmpty, let minuteID else {
            return try await meetingPage(detail, context: context, errors: errors, values: form, laterMeetings: [])
        }
        try await minutes.addCorrection(minuteID: minuteID, text: text, recordedAtMeetingID: detail.nextMeeting?.id, by: editor)
        let anchor = detail.minutes.first { $0.minute.id == minuteID }.map { MeetingAnchor.minute($0.minute) } ?? MeetingAnchor.minutes
        return .redirect(to: detail.path + "?saved=correction#" + anchor)
    }

    /// The meeting page again with a form's errors (400).
    private func meetingPage(
        _ detail: MeetingDetail, context: AppRequestContext, errors: FormErrors, values: FormData,
        laterMeetings: [LocalDate]
    ) async throws -> Response {
        let page = MeetingPage(
            detail: detail, approval: try await minutes.approval(meetingID: detail.meeting.id),
            corrections: try await minutes.corrections(meetingID: detail.meeting.id),
            laterMeetings: laterMeetings, notice: nil, csrfToken: context.csrfToken)
        return .html(
            layout("Error: " + detail.title, detail, context).render { w in
                MeetingView.write(page, errors: errors, values: values, into: &w)
            }, status: .badRequest)
    }

    private func layout(_ title: String, _ detail: MeetingDetail, _ context: AppRequestContext) -> Layout {
        var layout = Layout(title: title, signedInAs: context.signedInAs, csrfToken: context.csrfToken)
        layout.breadcrumbs = [
            (detail.partnership.name, SitePath.partnership(detail.partnership.slug).path),
            (detail.body.name, SitePath.body(partnership: detail.partnership.slug, body: detail.body.slug).path),
            (detail.meeting.date.long, detail.path)
        ]
        return layout
    }
}
