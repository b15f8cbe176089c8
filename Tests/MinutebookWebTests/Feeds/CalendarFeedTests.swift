import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import MinutebookWeb

@Suite("iCalendar feeds")
struct CalendarFeedTests {
    @Test("the partnership calendar lists every meeting with times, place, sequence and cancellations")
    func partnershipCalendar() async throws {
        let (app, database) = try makeTestApp()
        try PublicFixture.plant(in: database)
        try await app.test(.router) { client in
            try await client.execute(uri: "/p/millbrook/calendar.ics", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/calendar; charset=utf-8")
                let ics = String(buffer: response.body)
                #expect(ics.hasPrefix("BEGIN:VCALENDAR\r\n"))
                #expect(ics.components(separatedBy: "BEGIN:VEVENT").count - 1 == 4)
                #expect(ics.contains("DTSTART;TZID=Europe/London:20191210T100000\r\n"))
                #expect(ics.contains("DTEND;TZID=Europe/London:20191210T120500\r\n"))
                #expect(ics.contains("LOCATION:Millbrook Civic Hall\\; Room 2\r\n"))
                #expect(ics.contains("DTSTART;VALUE=DATE:20200120\r\n"))
                #expect(ics.contains("STATUS:CANCELLED\r\n"))
                // Every line is at most 75 octets; no bare LF.
                for line in ics.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 75) }
                #expect(!ics.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
                for secret in PublicFixture.secrets { #expect(!ics.lowercased().contains(secret)) }
            }
        }
    }

    @Test("moving a meeting raises its SEQUENCE, and the cached feed follows the change")
    func sequence() async throws {
        let (app, database) = try makeTestApp()
        try PublicFixture.plant(in: database)
        try await app.test(.router) { client in
            let before = try await client.execute(uri: "/p/millbrook/bodies/board/calendar.ics", method: .get)
            #expect(String(buffer: before.body).contains("SEQUENCE:0"))
            try await database.write(as: .system) { db in
                try db.execute(sql: "UPDATE meeting SET startTime = '15:00' WHERE id = 12")
            }
            let after = try await client.execute(uri: "/p/millbrook/bodies/board/calendar.ics", method: .get)
            let ics = String(buffer: after.body)
            #expect(ics.contains("DTSTART;TZID=Europe/London:20200615T150000"))
            #expect(ics.contains("SEQUENCE:1"))
            #expect(before.headers[.eTag] != after.headers[.eTag])
        }
    }

    @Test("a client holding the current version gets 304 Not Modified")
    func notModified() async throws {
        let (app, database) = try makeTestApp()
        try PublicFixture.plant(in: database)
        try await app.test(.router) { client in
            let first = try await client.execute(uri: "/p/millbrook/calendar.ics", method: .get)
            let etag = try #require(first.headers[.eTag])
            #expect(first.headers[.cacheControl]?.contains("public") == true)
            let second = try await client.execute(uri: "/p/millbrook/calendar.ics", method: .get, headers: [.ifNoneMatch: etag])
            #expect(second.status == .notModified)
            #expect(second.body.readableBytes == 0)
        }
    }

    @Test("an unknown partnership or body is a 404")
    func unknown() async throws {
        let (app, database) = try makeTestApp()
        try PublicFixture.plant(in: database)
        try await app.test(.router) { client in
            let partnership = try await client.execute(uri: "/p/nowhere/calendar.ics", method: .get)
            #expect(partnership.status == .notFound)
            let body = try await client.execute(uri: "/p/millbrook/bodies/nobody/calendar.ics", method: .get)
            #expect(body.status == .notFound)
        }
    }

    @Test(
        "text values are escaped and long lines folded without splitting a character",
        arguments: [
            "Room 2; Block A, Floor 3\\East", String(repeating: "é", count: 120)
        ])
    func folding(_ venue: String) {
        var lines = ICalendar.Lines()
        lines.add("LOCATION:" + ICalendar.escape(venue))
        for line in lines.text.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 75) }
        let unfolded = lines.text.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.hasPrefix("LOCATION:" + ICalendar.escape(venue)))
        #expect(ICalendar.escape("a;b,c\\d\ne") == "a\\;b\\,c\\\\d\\ne")
    }
}

@Suite("Atom feed")
struct AtomFeedTests {
    @Test("the partnership feed carries approved decisions and nothing of drafts or Part 2")
    func decisions() async throws {
        let (app, database) = try makeTestApp()
        try PublicFixture.plant(in: database)
        try await app.test(.router) { client in
            let response = try await client.execute(uri: "/p/millbrook/feed.atom", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/atom+xml; charset=utf-8")
            let xml = String(buffer: response.body)
            #expect(xml.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">"))
            #expect(xml.contains("mass casualty exercise"))
            #expect(xml.contains("#minute-41"))
            for secret in PublicFixture.secrets { #expect(!xml.contains(secret)) }
        }
    }
}
