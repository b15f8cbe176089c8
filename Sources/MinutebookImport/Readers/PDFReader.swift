import Foundation
import MinutebookTools

/// PDF through `pdftotext -layout` (poppler-utils), run by `ToolProcess` (both streams read at once,
/// stopped at the time limit). An encrypted PDF is refused; one with no text layer (a scan) is read
/// by OCR, with a note saying so and how sure the OCR was.
enum PDFReader {
    static func text(_ url: URL, file: String, reading: ReadingTools) throws(ImportError) -> String {
        try read(url, file: file, reading: reading).text
    }

    static func read(_ url: URL, file: String, reading: ReadingTools) throws(ImportError) -> (text: String, notes: [String]) {
        let output = try reading.run(.pdftotext, ["-layout", "-enc", "UTF-8", url.path, "-"], file: file, doing: "read the PDF")
        let message = output.stderr.lowercased()
        if message.contains("password") || message.contains("encrypt") {
            throw ImportError(file: file, "is an encrypted PDF: remove the password and import it again")
        }
        guard output.status == 0 else {
            let first = output.firstErrorLine ?? "exit status \(output.status)"
            throw ImportError(file: file, "is not a readable PDF (pdftotext: \(first))")
        }
        let text = output.stdout
        var letters = 0
        for s in text.unicodeScalars where s.properties.isAlphabetic { letters += 1; if letters > 40 { break } }
        guard letters > 40 else { return try OCRReader.text(url, file: file, reading: reading) }
        return (text, [])
    }
}
