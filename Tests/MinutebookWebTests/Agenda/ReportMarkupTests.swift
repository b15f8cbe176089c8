import MinutebookServices
import Testing

@testable import MinutebookWeb

@Suite("Uploaded reports as safe HTML")
struct ReportMarkupTests {
    @Test("HTML reports keep structure and lose scripts, styles, attributes and links")
    func sanitise() {
        let html = ReportMarkup.sanitiseHTML(
            """
            <html><head><title>T</title><style>p{}</style></head><body onload="x()">
            <h1 class="big">Report</h1><p style="color:red">Crime fell by 4% &amp; ASB &lt;rose&gt;.</p>
            <script>alert("x")</script><img src="file:///etc/passwd"><a href="http://evil.example">link text</a>
            <table><tr><th>A</th></tr><tr><td>1</td></tr></table></body></html>
            """)
        #expect(html.contains("<h2>Report</h2>"))
        #expect(html.contains("<p>Crime fell by 4% &amp; ASB &lt;rose&gt;.</p>"))
        #expect(html.contains("<table><tr><th>A</th></tr><tr><td>1</td></tr></table>"))
        #expect(html.contains("link text"))
        for banned in ["<script", "alert", "<style", "onload", "<img", "href", "class=", "style=", "<title"] {
            #expect(!html.contains(banned), "\(banned) survived")
        }
    }

    @Test("Markdown reports become headings, lists, tables and emphasis, all escaped")
    func markdown() {
        let html = ReportMarkup.markdown(
            "# Title\n\nSome **bold** and *soft* <b>text</b>.\n\n- one\n- two\n\n1. first\n\n| A | B |\n|---|---|\n| 1 | 2 |\n")
        #expect(html.contains("<h2>Title</h2>"))
        #expect(html.contains("<strong>bold</strong>") && html.contains("<em>soft</em>"))
        #expect(html.contains("&lt;b&gt;text&lt;/b&gt;"))
        #expect(html.contains("<ul>\n<li>one</li>\n<li>two</li>\n</ul>"))
        #expect(html.contains("<ol>\n<li>first</li>"))
        #expect(html.contains("<th scope=\"col\">A</th>") && html.contains("<td>2</td>"))
    }

    @Test("the file part of a multipart form is found byte for byte")
    func multipart() {
        let binary: [UInt8] = [0x25, 0x50, 0x44, 0x46, 0x0D, 0x0A, 0x00, 0xFF, 0x2D, 0x2D]
        var body = Array("--XyZ\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\ntoken\r\n".utf8)
        body += Array("--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"C:\\\\Users\\\\me\\\\report.pdf\"\r\n\r\n".utf8)
        body += binary + Array("\r\n--XyZ--\r\n".utf8)
        let file = MultipartFile.parse(body, contentType: "multipart/form-data; boundary=XyZ", field: "file")
        #expect(file?.filename == "report.pdf")
        #expect(file?.content == binary)
        #expect(MultipartFile.parse(body, contentType: "multipart/form-data; boundary=XyZ", field: "other") == nil)
        #expect(MultipartFile.parse(body, contentType: "text/plain", field: "file") == nil)
    }
}
