import Foundation

/// PDF through `pdftotext -layout` (poppler-utils). Encrypted and image-only PDFs are refused
/// with a reason, since neither has text to read.
enum PDFReader {
    static let candidates = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext", "/opt/homebrew/bin/pdftotext"]

    static func text(_ url: URL, file: String) throws(ImportError) -> String {
        guard let tool = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw ImportError(file: file, "cannot read PDF: pdftotext (poppler-utils) is not installed; run scripts/bootstrap")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["-layout", "-enc", "UTF-8", url.path, "-"]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do { try process.run() } catch {
            throw ImportError(file: file, "cannot run pdftotext: \(error.localizedDescription)")
        }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let message = String(decoding: errData, as: UTF8.self)
        if message.lowercased().contains("password") || message.lowercased().contains("encrypt") {
            throw ImportError(file: file, "is an encrypted PDF: remove the password and import it again")
        }
        guard process.terminationStatus == 0 else {
            let first = message.split(separator: "\n").first.map(String.init) ?? "exit status \(process.terminationStatus)"
            throw ImportError(file: file, "is not a readable PDF (pdftotext: \(first))")
        }
        let text = String(decoding: data, as: UTF8.self)
        var letters = 0
        for s in text.unicodeScalars where s.properties.isAlphabetic { letters += 1; if letters > 40 { break } }
        guard letters > 40 else {
            throw ImportError(file: file, "has no text layer (a scanned, image-only PDF): run it through OCR first")
        }
        return text
    }
}
