import Hummingbird
import MinutebookCore
import MinutebookServices

/// What the secretariat's performance forms share: the partnership and board behind the path,
/// checked for the edit grant, and one page frame that shows an error summary linked to the fields,
/// keeps what was typed, and answers 400 when something must be fixed.
struct SecretariatScope {
    var partnership: Partnership
    var board: Body
    var bodies: [Body]
    var editor: Editor
    var base: String { SitePath.partnership(partnership.slug).path }

    /// The path's partnership, its board and bodies, for the secretariat (the context checked the grant);
    /// a 403 with `refusal` when the partnership has no board yet.
    static func of(_ context: SecretariatContext, directory: any DirectoryRepository, refusal: String) async throws -> SecretariatScope {
        let bodies = try await directory.bodies(of: context.partnership.id)
        guard let board = bodies.first(where: { $0.kind == .board }) else { throw DomainError.forbidden(refusal) }
        return SecretariatScope(partnership: context.partnership, board: board, bodies: bodies, editor: context.editor)
    }

    /// A form page: "Error: " in the title and the summary when `errors` is not empty.
    func page(
        _ title: String, context: AppRequestContext, errors: FormErrors, crumbs: [(String, String)] = [],
        _ content: (inout HTMLWriter) -> Void
    ) -> Response {
        var layout = Layout(title: errors.isEmpty ? title : "Error: " + title, signedInAs: context.signedInAs, csrfToken: context.csrfToken)
        layout.breadcrumbs = [(partnership.name, base + "/performance")] + crumbs.map { (label: $0.0, href: $0.1) }
        let bytes = layout.render { w in
            w.errorSummary(errors)
            w.element("<h1>", title, "</h1>\n")
            content(&w)
        }
        return .html(bytes, status: errors.isEmpty ? .ok : .badRequest)
    }

    func redirect(_ path: String) -> Response {
        Response(status: .seeOther, headers: [.location: base + path])
    }
}

/// Reading typed values out of a form, each problem recorded against its field.
struct FormReader {
    let form: FormData
    var errors = FormErrors()

    init(_ form: FormData) { self.form = form }

    mutating func required(_ field: String, _ message: String) -> String {
        guard let value = form.nonEmpty(field) else {
            errors.add(field, message)
            return ""
        }
        return value
    }

    mutating func date(_ field: String, _ label: String, required: Bool = false) -> LocalDate? {
        guard let text = form.nonEmpty(field) else {
            if required { errors.add(field, "Enter the \(label)") }
            return nil
        }
        guard let date = LocalDate(iso: text) else {
            errors.add(field, "Enter the \(label) as a real date, like 2031-03-07")
            return nil
        }
        return date
    }

    mutating func integer(_ field: String, in range: ClosedRange<Int>, _ message: String) -> Int? {
        guard let value = form.nonEmpty(field).flatMap({ Int($0) }), range.contains(value) else {
            errors.add(field, message)
            return nil
        }
        return value
    }

    mutating func number(_ field: String, _ message: String) -> Double? {
        guard let value = form.nonEmpty(field).flatMap({ Numbers.parse($0) }) else {
            errors.add(field, message)
            return nil
        }
        return value
    }

    mutating func choice<T: RawRepresentable>(_ field: String, _ message: String) -> T? where T.RawValue == String {
        guard let value = form[field].flatMap(T.init(rawValue:)) else {
            errors.add(field, message)
            return nil
        }
        return value
    }

    /// A store refusal (duplicate, bad reference) shown against the field it concerns.
    mutating func refused(_ error: DomainError, field: String) {
        errors.add(field, error.message)
    }

    /// The submitted value, for re-showing it.
    func value(_ field: String, _ fallback: String = "") -> String { form[field] ?? fallback }
}
