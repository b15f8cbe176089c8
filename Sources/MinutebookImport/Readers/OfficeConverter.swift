import Foundation
import MinutebookTools

/// Word 97-2003 (.doc), RTF and OpenDocument (.odt) files converted to DOCX by LibreOffice headless,
/// so that the DOCX reader keeps their tables, list numbering and headings.
enum OfficeConverter {
    static func docx(_ data: Data, format: DocumentFormat, file: String, reading: ReadingTools) throws(ImportError) -> Data {
        try docx(batch: [(data, format, file)], reading: reading)[0].get()
    }

    /// Documents converted by one LibreOffice run, one after another (starting LibreOffice is most of
    /// a small document's conversion time): each one's DOCX, or why it could not be converted. The
    /// whole run is stopped at `reading.timeout`, so no document took longer; a run that fails or is
    /// stopped throws.
    static func docx(
        batch documents: [(data: Data, format: DocumentFormat, file: String)],
        reading: ReadingTools
    ) throws(ImportError) -> [Result<Data, ImportError>] {
        guard let first = documents.first else { return [] }
        let fm = FileManager.default
        let work = fm.temporaryDirectory.appendingPathComponent("mb-convert-\(UUID().uuidString)")
        let output = work.appendingPathComponent("out")
        var inputs: [String] = []
        do {
            try fm.createDirectory(at: output, withIntermediateDirectories: true)
            for (k, document) in documents.enumerated() {
                let input = work.appendingPathComponent("document-\(k).\(document.format.rawValue)")
                try document.data.write(to: input)
                inputs.append(input.path)
            }
        } catch {
            throw ImportError(file: first.file, "cannot be written to a scratch file: \(error.localizedDescription)")
        }
        defer { try? fm.removeItem(at: work) }
        let profile = Profiles.shared.take()
        defer { Profiles.shared.give(profile) }
        let what = documents.count == 1 ? "the \(first.format.rawValue.uppercased()) file" : "\(documents.count) files"
        let result = try reading.run(
            .soffice,
            [
                "-env:UserInstallation=\(profile.absoluteString)", "--headless", "--norestore",
                "--convert-to", "docx:MS Word 2007 XML", "--outdir", output.path
            ] + inputs,
            file: first.file, doing: "convert \(what) with LibreOffice")
        // A run that stopped part-way leaves the rest unconverted: it says nothing of them one by one.
        if documents.count > 1, result.status != 0 {
            throw ImportError(file: first.file, "LibreOffice stopped (exit status \(result.status)) converting \(what)")
        }
        return documents.enumerated().map { k, document in
            let converted = output.appendingPathComponent("document-\(k).docx")
            if let docx = try? Data(contentsOf: converted), !docx.isEmpty { return .success(docx) }
            // One run's error output speaks of all its documents: it is quoted for a single one only.
            let detail = documents.count == 1 ? result.firstErrorLine.map { ": \($0)" } ?? "" : ""
            return .failure(
                ImportError(
                    file: document.file,
                    "could not be converted by LibreOffice (is it a damaged or password-protected "
                        + "\(document.format.rawValue.uppercased()) file?)\(detail)"))
        }
    }

    /// LibreOffice user profiles, one per conversion running at once and kept for the next: making a
    /// profile is most of a first conversion's time.
    final class Profiles: @unchecked Sendable {
        static let shared = Profiles()
        private let lock = NSLock()
        private var free: [URL] = []
        private let root = FileManager.default.temporaryDirectory.appendingPathComponent("mb-lo-profiles-\(getpid())")

        func take() -> URL {
            lock.withLock { free.popLast() } ?? root.appendingPathComponent(UUID().uuidString)
        }

        func give(_ url: URL) { lock.withLock { free.append(url) } }
    }
}
