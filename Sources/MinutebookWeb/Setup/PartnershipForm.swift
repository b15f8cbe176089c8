import MinutebookCore
import MinutebookServices

/// The fields of a partnership's settings, shared by the administrator's "new partnership" form and
/// the secretariat's settings page: read with each problem beside its field, and shown again as typed.
enum PartnershipForm {
    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December"
    ]

    /// The settings typed, or nil with the problems recorded in `f`.
    static func read(_ f: inout FormReader) -> PartnershipSettings? {
        let name = f.required("name", "Enter the partnership's name")
        let slug = f.form.nonEmpty("slug") ?? Slug.make(name)
        let days = f.integer("questionsWorkingDays", in: 0...60, "Enter the working days for public questions, a number from 0 to 60")
        let month = f.integer("yearStartMonth", in: 1...12, "Choose the month the municipal year starts")
        let day = f.integer("yearStartDay", in: 1...28, "Enter the day the municipal year starts, a number from 1 to 28")
        let settings = PartnershipSettings(
            name: name, slug: slug, contactName: f.form["contactName"], contactPhone: f.form["contactPhone"],
            contactEmail: f.form["contactEmail"], reportReferencePattern: f.form["reportReferencePattern"],
            questionsWorkingDays: days ?? 4, yearStart: MunicipalYearStart(month: month ?? 5, day: day ?? 1) ?? .may)
        for problem in settings.problems
        where !(problem.field == "slug" && name.isEmpty && f.form.nonEmpty("slug") == nil)
            && f.errors.message(for: problem.field == "yearStart" ? "yearStartDay" : problem.field) == nil
        {
            f.errors.add(problem.field == "yearStart" ? "yearStartDay" : problem.field, problem.message)
        }
        return f.errors.isEmpty ? settings : nil
    }

    /// The form's values: what was typed on a refused form, else the stored settings (or the defaults).
    static func fields(_ w: inout HTMLWriter, _ f: FormReader, current: PartnershipSettings?) {
        let typed = !f.form.fields.isEmpty
        func value(_ field: String, _ stored: String?) -> String { typed ? f.value(field) : (stored ?? "") }
        w.inputField(
            "name", label: "Name", value: value("name", current?.name), hint: "For example Millbrook Community Safety Partnership",
            errors: f.errors)
        w.inputField(
            "slug", label: "Short name for web addresses", value: value("slug", current?.slug),
            hint: "Lower-case letters, digits and dashes. Left blank, it is made from the name", errors: f.errors)
        w.inputField("contactName", label: "Contact officer", value: value("contactName", current?.contactName), errors: f.errors)
        w.inputField(
            "contactPhone", label: "Contact telephone", value: value("contactPhone", current?.contactPhone),
            autocomplete: "off", errors: f.errors)
        w.inputField(
            "contactEmail", label: "Contact e-mail", value: value("contactEmail", current?.contactEmail), type: "email",
            autocomplete: "off", errors: f.errors)
        w.inputField(
            "reportReferencePattern", label: "Report reference pattern",
            value: value("reportReferencePattern", current?.reportReferencePattern),
            hint: "{yy} is the year, {nnn} the report's number: CSD{yy}{nnn} gives CSD31007", errors: f.errors)
        w.inputField(
            "questionsWorkingDays", label: "Working days before a meeting that public questions must arrive",
            value: value("questionsWorkingDays", current.map { String($0.questionsWorkingDays) } ?? "4"),
            errors: f.errors)
        w.selectField(
            "yearStartMonth", label: "Month the municipal year starts",
            choices: months.enumerated().map { Choice(String($0.offset + 1), $0.element) },
            selected: value("yearStartMonth", String(current?.yearStart.month ?? 5)), errors: f.errors)
        w.inputField(
            "yearStartDay", label: "Day of the month it starts", value: value("yearStartDay", String(current?.yearStart.day ?? 1)),
            errors: f.errors)
    }
}
