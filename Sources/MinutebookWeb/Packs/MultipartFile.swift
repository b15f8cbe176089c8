import Foundation

/// The first file part of a `multipart/form-data` body, as bytes (reports are binary: PDF, DOCX).
struct MultipartFile: Sendable {
    var fieldName: String
    var filename: String
    var content: [UInt8]

    /// Finds the file part named `field`; nil when the form has none or it has no file name.
    static func parse(_ body: [UInt8], contentType: String, field: String) -> MultipartFile? {
        guard let range = contentType.range(of: "boundary=") else { return nil }
        var boundary = String(contentType[range.upperBound...])
        if let semicolon = boundary.firstIndex(of: ";") { boundary = String(boundary[..<semicolon]) }
        boundary = boundary.trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
        guard !boundary.isEmpty else { return nil }
        let delimiter = Array("\r\n--\(boundary)".utf8)
        let headEnd = Array("\r\n\r\n".utf8)
        // The body starts with "--boundary"; prefixing CRLF makes every delimiter look the same.
        let data = Array("\r\n".utf8) + body
        var cursor = 0
        while let start = find(delimiter, in: data, from: cursor) {
            let partStart = start + delimiter.count
            guard let headerEnd = find(headEnd, in: data, from: partStart) else { return nil }
            let header = String(decoding: data[partStart..<headerEnd], as: UTF8.self)
            let contentStart = headerEnd + headEnd.count
            guard let next = find(delimiter, in: data, from: contentStart) else { return nil }
            if let name = attribute("name", in: header), name == field, let filename = attribute("filename", in: header) {
                let base = filename.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? filename
                return MultipartFile(fieldName: name, filename: base, content: Array(data[contentStart..<next]))
            }
            cursor = next
        }
        return nil
    }

    static func attribute(_ name: String, in header: String) -> String? {
        guard let range = header.range(of: " \(name)=\"") ?? header.range(of: ";\(name)=\"") else { return nil }
        let rest = header[range.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        let first = needle[0]
        var i = start
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first {
                var j = 1
                while j < needle.count && haystack[i + j] == needle[j] { j += 1 }
                if j == needle.count { return i }
            }
            i += 1
        }
        return nil
    }
}
