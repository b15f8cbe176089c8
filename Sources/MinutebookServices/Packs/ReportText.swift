import Foundation
import MinutebookCore
import MinutebookImport

/// The text of an uploaded report, kept beside it for the search index (migration
/// "v9-report-text"). Search finds it under the same rule as the report itself: Part 2 reports and
/// reports not yet issued in a pack are never public.
public enum ReportText {
    /// Long enough for any board report; a runaway document is cut, not refused.
    public static let maximumCharacters = 1_000_000

    /// The report's text, or nil when it has none to give (a scanned, image-only PDF): the report is
    /// stored either way, only search cannot look inside it.
    public static func extract(_ content: [UInt8], format: ReportFormat, filename: String) -> String? {
        let documentFormat: DocumentFormat =
            switch format {
            case .pdf: .pdf
            case .docx: .docx
            case .html: .html
            case .markdown: .markdown
            }
        guard let text = try? DocumentText.plainText(Data(content), format: documentFormat, file: filename) else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : String(trimmed.prefix(maximumCharacters))
    }
}
