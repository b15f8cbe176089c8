import Hummingbird
import MinutebookCore
import MinutebookServices

/// The partnership behind a set-up page and its page frame. The routes are in the secretariat's group,
/// so a signed-in account with the edit grant over it (its secretariat or administrators) is proven
/// by `SecretariatContext`; anyone else was sent to sign in or refused with a 403.
struct SetupScope {
    var partnership: Partnership
    var editor: ActionEditor
    var slug: String { partnership.slug }

    /// The scope of a set-up page: the secretariat context has found the partnership and checked the grant.
    init(_ context: SecretariatContext) {
        self.partnership = context.partnership
        self.editor = context.actionEditor
    }

    /// A set-up page: "Error: " in the title and the error summary when `errors` is not empty (status 400).
    func page(
        _ title: String, context: AppRequestContext, errors: FormErrors, notice: String? = nil,
        crumbs: [(String, String)] = [], _ content: (inout HTMLWriter) -> Void
    ) -> Response {
        var layout = Layout(title: errors.isEmpty ? title : "Error: " + title, signedInAs: context.signedInAs, csrfToken: context.csrfToken)
        layout.breadcrumbs =
            [(partnership.name, SitePath.partnership(slug).path), ("Settings", SitePath.settings(partnership: slug).path)]
            + crumbs.map { (label: $0.0, href: $0.1) }
        let bytes = layout.render { w in
            w.errorSummary(errors)
            if let notice { w.element("<div class=\"notice\" role=\"status\"><p>", notice, "</p></div>\n") }
            w.element("<h1>", title, "</h1>\n")
            content(&w)
        }
        return .html(bytes, status: errors.isEmpty ? .ok : .badRequest)
    }

    func redirect(_ path: SitePath, notice: String? = nil) -> Response {
        let location = path.path + (notice.map { "?done=" + $0.addingPercentEncodingForQuery() } ?? "")
        return Response(status: .seeOther, headers: [.location: location])
    }
}

/// The "done" notice a set-up redirect carries, shown once on the page it lands on.
func setupNotice(_ request: Request) -> String? {
    request.uri.queryParameters.get("done").map { String($0) }.flatMap { $0.isEmpty || $0.count > 300 ? nil : $0 }
}

extension FormReader {
    static func collect(_ request: Request, _ context: AppRequestContext) async throws -> FormReader {
        var request = request
        return FormReader(try await FormData.collect(from: &request, context: context))
    }

    /// Store refusals the user can act on (`invalid`, `conflict`) beside `field`; anything else goes on up.
    mutating func refusing<T>(_ field: String, _ work: () async throws -> T) async throws -> T? {
        do {
            return try await work()
        } catch let error as DomainError where error.kind == .invalid || error.kind == .conflict || error.kind == .notFound {
            refused(error, field: field)
            return nil
        }
    }

    /// A form's opening tag with its CSRF field.
    static func open(_ w: inout HTMLWriter, action: String, context: AppRequestContext, label: String? = nil) {
        w.raw("<form method=\"post\" action=\"")
        w.text(action)
        w.raw("\" novalidate")
        if let label {
            w.raw(" aria-labelledby=\"")
            w.text(label)
            w.raw("\"")
        }
        w.raw(">\n")
        w.csrfField(context.csrfToken)
    }
}

extension HTMLWriter {
    /// The "cannot be undone" box of a merge form, with its message when it was left unticked.
    mutating func mergeConfirmation(_ errors: FormErrors, checked: Bool) {
        if let message = errors.message(for: "confirm") {
            raw("<div class=\"field error\"><p class=\"error-message\" id=\"confirm-error\"><span class=\"visually-hidden\">Error:</span> ")
            text(message)
            raw("</p></div>\n")
        }
        checkbox("confirm", label: "I understand the merge cannot be undone", checked: checked)
    }
}
