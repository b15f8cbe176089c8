import Foundation
import Testing

@testable import MinutebookImport

/// The plain text of uploaded reports, for search: every report format gives its words without markup.
@Suite("Report text")
struct DocumentTextTests {
    @Test("Markdown and HTML lose their markup and keep their words")
    func markup() throws {
        let markdown = try DocumentText.plainText(
            Data("# Night patrols\n\nThe **Kestrel Row** patrols cut burglary.\n".utf8),
            format: .markdown, file: "r.md")
        #expect(markdown.contains("Night patrols") && markdown.contains("Kestrel Row patrols cut burglary."))
        #expect(!markdown.contains("**") && !markdown.contains("#"))
        let html = try DocumentText.plainText(
            Data("<h1>Night patrols</h1><p>The <b>Kestrel Row</b> patrols &amp; wardens.</p>".utf8),
            format: .html, file: "r.html")
        #expect(html.contains("Kestrel Row patrols & wardens."))
        #expect(!html.contains("<"))
    }

    @Test("a Word report gives its paragraphs")
    func word() throws {
        let body = DOCXImportTests.paragraph("Night patrols", style: "Heading1") + DOCXImportTests.paragraph("Wardens walked Kestrel Row nightly.")
        let xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\(body)</w:body></w:document>
            """
        let text = try DocumentText.plainText(try Data(contentsOf: try DOCXImportTests.docx(xml)), format: .docx, file: "r.docx")
        #expect(text.contains("Wardens walked Kestrel Row nightly."))
    }

    @Test("a PDF report is read through pdftotext", .enabled(if: PDFTools.hasPdftotext, "pdftotext is not installed"))
    func pdf() throws {
        let data = PDFImportTests.pdf([
            [(72, "Night patrols report for the Kestrel Row wardens scheme")],
            [(72, "Burglary fell by a quarter across the three northern wards this year.")]
        ])
        let text = try DocumentText.plainText(data, format: .pdf, file: "r.pdf")
        #expect(text.contains("Kestrel Row wardens scheme"))
    }

    @Test(
        "the readers' heading mark (U+001E) never reaches the text, whatever the format",
        arguments: [
            (DocumentFormat.markdown, "# Night patrols\n\n## Wardens\n\nKestrel Row was walked.\n"),
            (DocumentFormat.html, "<h1>Night patrols</h1><h2>Wardens</h2><p>Kestrel Row was walked.</p>"),
            (DocumentFormat.text, "\u{1E}Night patrols\n\u{1E}Wardens\nKestrel Row\u{1E} was walked.\n")
        ])
    func noHeadingMark(_ format: DocumentFormat, _ source: String) throws {
        let text = try DocumentText.plainText(Data(source.utf8), format: format, file: "r")
        #expect(!text.unicodeScalars.contains("\u{1E}"))
        #expect(text.contains("Night patrols") && text.contains("Wardens") && text.contains("Kestrel Row was walked."))
    }

    @Test("a Word heading paragraph gives its words without the heading mark")
    func wordHeadingMark() throws {
        let body = DOCXImportTests.paragraph("Night patrols", style: "Heading1") + DOCXImportTests.paragraph("Wardens walked.")
        let xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\(body)</w:body></w:document>
            """
        let text = try DocumentText.plainText(try Data(contentsOf: try DOCXImportTests.docx(xml)), format: .docx, file: "r.docx")
        #expect(text.hasPrefix("Night patrols"))
        #expect(!text.unicodeScalars.contains("\u{1E}"))
    }

    @Test("text that is not UTF-8 is refused with the file's name")
    func notText() {
        #expect(throws: ImportError.self) {
            try DocumentText.plainText(Data([0xFF, 0xFE, 0xC3]), format: .markdown, file: "r.md")
        }
    }
}
