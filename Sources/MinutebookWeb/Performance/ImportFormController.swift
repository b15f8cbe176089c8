import Foundation
import Hummingbird
import MinutebookCore
import MinutebookImport

/// The secretariat's import of indicator figures: paste CSV, or upload a CSV or .xlsx file.
/// A bad row refuses the whole file with its line number, and the page says which.
struct ImportFormController {
    let directory: any DirectoryRepository
    let indicators: any IndicatorRepository

    func addRoutes(to routes: PartnershipRoutes) {
        routes.secretariat.get("performance/import", use: show)
        routes.secretariat.post("performance/import", use: submit)
    }

    /// The secretariat's partnership (the context checked the grant), once it has a board to report to.
    func partnership(_ context: SecretariatContext) async throws -> (Partnership, Editor) {
        guard try await directory.bodies(of: context.partnership.id).contains(where: { $0.kind == .board }) else {
            throw DomainError.forbidden("Only the secretariat can import indicator figures")
        }
        return (context.partnership, context.editor)
    }

    @Sendable func show(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let context = secretariat.request
        let (partnership, _) = try await partnership(secretariat)
        return page(
            partnership, csv: "", errors: FormErrors(), done: request.uri.queryParameters["imported"].flatMap { Int($0) },
            context: context, status: .ok)
    }

    @Sendable func submit(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let context = secretariat.request
        let (partnership, editor) = try await partnership(secretariat)
        var request = request
        let uploaded = try await SpooledForm.read(&request, context: context)
        let pasted = uploaded.fields.untrimmed("csv") ?? ""
        var errors = FormErrors()
        var records: [ActualsCSV.Record]?
        let file = uploaded.files.first { $0.fieldName == "file" }
        do {
            if let file, !file.content.isEmpty {
                let data = Data(file.content)
                if XLSXSheetReader.isXLSX(data) {
                    records = try XLSXSheetReader.records(data, file: file.filename)
                } else if let text = String(bytes: file.content, encoding: .utf8) {
                    records = try ActualsCSV.records(of: text)
                } else {
                    errors.add("file", "The file is neither an Excel workbook nor UTF-8 text: save it as CSV UTF-8 or .xlsx")
                }
            } else if !pasted.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                records = try ActualsCSV.records(of: pasted)
            } else {
                errors.add("file", "Choose a CSV or Excel file, or paste the figures")
            }
            if let records, errors.isEmpty {
                let count = try await indicators.importActuals(records: records, partnershipID: partnership.id, by: editor)
                return Response(
                    status: .seeOther, headers: [.location: SitePath.performanceImport(partnership: partnership.slug).path + "?imported=\(count)"])
            }
        } catch let error as DomainError where error.kind == .invalid {
            errors.add(file == nil || file?.content.isEmpty == true ? "csv" : "file", "Nothing was imported: \(error.message)")
        }
        return page(partnership, csv: pasted, errors: errors, done: nil, context: context, status: .badRequest)
    }

    func page(
        _ partnership: Partnership, csv: String, errors: FormErrors, done: Int?, context: AppRequestContext,
        status: HTTPResponse.Status
    ) -> Response {
        var layout = Layout(
            title: errors.isEmpty ? "Import indicator figures" : "Error: Import indicator figures",
            signedInAs: context.signedInAs, csrfToken: context.csrfToken)
        layout.breadcrumbs = [(partnership.name, SitePath.performance(partnership: partnership.slug).path)]
        let bytes = layout.render { w in
            w.errorSummary(errors)
            w.raw("<h1>Import indicator figures</h1>\n")
            if let done {
                w.element("<div class=\"notice\" role=\"status\"><p>", "Imported \(done) figure\(done == 1 ? "" : "s").", "</p></div>\n")
            }
            w.raw("<p>The first line names the columns: <code>")
            w.text(ActualsCSV.header)
            w.raw(
                "</code>. A period is a month (2031-03) or a quarter (Q3 2030/31). Leave the area empty for the whole partnership; otherwise give <code>ward</code> or <code>region</code> as the area type. If any row is wrong, nothing is imported and the row is named.</p>\n"
            )
            w.raw("<form method=\"post\" enctype=\"multipart/form-data\" action=\"")
            w.text(SitePath.performanceImport(partnership: partnership.slug).path)
            w.raw("\" novalidate>\n")
            w.csrfField(context.csrfToken)
            w.raw(errors.message(for: "file") == nil ? "<div class=\"field\">" : "<div class=\"field error\">")
            w.raw("<label for=\"file\">CSV or Excel file</label>")
            if let message = errors.message(for: "file") { w.element("<span class=\"error-message\" id=\"file-error\">", message, "</span>") }
            w.raw("<input type=\"file\" id=\"file\" name=\"file\" accept=\".csv,.xlsx,text/csv\"")
            if errors.message(for: "file") != nil { w.raw(" aria-describedby=\"file-error\"") }
            w.raw("></div>\n")
            w.textArea("csv", label: "Or paste the figures", value: csv, errors: errors, rows: 10)
            w.raw("<button type=\"submit\">Import</button>\n</form>\n")
        }
        return .html(bytes, status: status)
    }
}
