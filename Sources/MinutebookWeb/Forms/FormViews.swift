import MinutebookServices

/// Problems with a submitted form, each tied to the `id` of the field to fix.
public struct FormErrors: Sendable {
    public private(set) var items: [(field: String, message: String)] = []

    public init(_ items: [(field: String, message: String)] = []) { self.items = items }

    public var isEmpty: Bool { items.isEmpty }
    public mutating func add(_ field: String, _ message: String) { items.append((field, message)) }
    public func message(for field: String) -> String? { items.first(where: { $0.field == field })?.message }
}

/// One option of a select or radio group.
public struct Choice: Sendable {
    public var value: String
    public var label: String
    public init(_ value: String, _ label: String) {
        self.value = value
        self.label = label
    }
}

/// Form building blocks in the GOV.UK pattern: an error summary linking to each field, a label,
/// a hint, the message beside the field, and the value kept.
extension HTMLWriter {
    /// "There is a problem" with a link to each `#field`; nothing when there are no errors.
    public mutating func errorSummary(_ errors: FormErrors) {
        guard !errors.isEmpty else { return }
        raw(
            "<div class=\"error-summary\" role=\"alert\" aria-labelledby=\"error-summary-title\" tabindex=\"-1\">\n<h2 id=\"error-summary-title\">There is a problem</h2>\n<ul>"
        )
        for item in errors.items {
            raw("<li><a href=\"#")
            text(item.field)
            raw("\">")
            text(item.message)
            raw("</a></li>")
        }
        raw("</ul>\n</div>\n")
    }

    /// The hidden CSRF field every POST form carries.
    public mutating func csrfField(_ token: String?) {
        raw("<input type=\"hidden\" name=\"csrf\" value=\"")
        text(token ?? "")
        raw("\">\n")
    }

    public mutating func hidden(_ name: String, _ value: String) {
        raw("<input type=\"hidden\" name=\"")
        text(name)
        raw("\" value=\"")
        text(value)
        raw("\">\n")
    }

    private mutating func fieldStart(_ name: String, label: String, hint: String?, errors: FormErrors, id: String? = nil) {
        let id = id ?? name
        let message = errors.message(for: id)
        raw(message == nil ? "<div class=\"field\">\n" : "<div class=\"field error\">\n")
        raw("<label for=\"")
        text(id)
        raw("\">")
        text(label)
        raw("</label>\n")
        if let hint {
            raw("<div class=\"hint\" id=\"")
            text(id)
            raw("-hint\">")
            text(hint)
            raw("</div>\n")
        }
        if let message {
            raw("<p class=\"error-message\" id=\"")
            text(id)
            raw("-error\"><span class=\"visually-hidden\">Error:</span> ")
            text(message)
            raw("</p>\n")
        }
    }

    private mutating func describedBy(_ id: String, hint: String?, errors: FormErrors) {
        var ids: [String] = []
        if hint != nil { ids.append(id + "-hint") }
        if errors.message(for: id) != nil { ids.append(id + "-error") }
        guard !ids.isEmpty else { return }
        raw(" aria-describedby=\"")
        text(ids.joined(separator: " "))
        raw("\"")
        if errors.message(for: id) != nil { raw(" aria-invalid=\"true\"") }
    }

    /// A labelled input. `type` is text, email, password, date, time or number.
    public mutating func inputField(
        _ name: String, label: String, value: String = "", type: String = "text",
        hint: String? = nil, autocomplete: String? = nil, errors: FormErrors = FormErrors(),
        id: String? = nil, required: Bool = false
    ) {
        let id = id ?? name
        fieldStart(name, label: label, hint: hint, errors: errors, id: id)
        raw("<input type=\"")
        text(type)
        raw("\" id=\"")
        text(id)
        raw("\" name=\"")
        text(name)
        raw("\"")
        if type != "password" {
            raw(" value=\"")
            text(value)
            raw("\"")
        }
        if let autocomplete {
            raw(" autocomplete=\"")
            text(autocomplete)
            raw("\"")
        }
        if type == "email" { raw(" spellcheck=\"false\"") }
        if required { raw(" required") }
        describedBy(id, hint: hint, errors: errors)
        raw(">\n</div>\n")
    }

    public mutating func textArea(
        _ name: String, label: String, value: String = "", hint: String? = nil,
        errors: FormErrors = FormErrors(), id: String? = nil, rows: Int = 6
    ) {
        let id = id ?? name
        fieldStart(name, label: label, hint: hint, errors: errors, id: id)
        raw("<textarea id=\"")
        text(id)
        raw("\" name=\"")
        text(name)
        raw("\" rows=\"")
        text(rows)
        raw("\"")
        describedBy(id, hint: hint, errors: errors)
        raw(">")
        text(value)
        raw("</textarea>\n</div>\n")
    }

    public mutating func selectField(
        _ name: String, label: String, choices: [Choice], selected: String?,
        hint: String? = nil, errors: FormErrors = FormErrors(), id: String? = nil
    ) {
        let id = id ?? name
        fieldStart(name, label: label, hint: hint, errors: errors, id: id)
        raw("<select id=\"")
        text(id)
        raw("\" name=\"")
        text(name)
        raw("\"")
        describedBy(id, hint: hint, errors: errors)
        raw(">\n")
        for choice in choices {
            raw("<option value=\"")
            text(choice.value)
            raw(choice.value == selected ? "\" selected>" : "\">")
            text(choice.label)
            raw("</option>\n")
        }
        raw("</select>\n</div>\n")
    }

    /// A labelled checkbox (value "1" unless given).
    public mutating func checkbox(_ name: String, label: String, checked: Bool, id: String? = nil, value: String = "1") {
        raw("<div class=\"field checkbox\"><input type=\"checkbox\" value=\"")
        text(value)
        raw("\" id=\"")
        text(id ?? name)
        raw("\" name=\"")
        text(name)
        raw(checked ? "\" checked><label for=\"" : "\"><label for=\"")
        text(id ?? name)
        raw("\">")
        text(label)
        raw("</label></div>\n")
    }

    /// A `<dl class="summary">` row.
    public mutating func summaryRow(_ key: String, _ value: String) {
        element("<dt>", key, "</dt>")
        element("<dd>", value, "</dd>\n")
    }
}
