import Testing

@testable import MinutebookCore

@Suite("Dates and municipal years")
struct CalendarTests {
    @Test(
        "day numbers round-trip across centuries and leap days",
        arguments: [
            "1970-01-01", "1995-01-01", "2000-02-29", "2017-10-16", "2024-02-29", "2040-12-31", "1900-03-01"
        ])
    func roundTrip(_ iso: String) throws {
        let date = try #require(LocalDate(iso: iso))
        #expect(LocalDate(dayNumber: date.dayNumber) == date)
        #expect(date.iso == iso)
    }

    @Test(
        "weekdays match the agendas",
        arguments: zip(
            ["2017-10-16", "2017-12-19", "2018-03-26", "2018-11-29", "2024-02-29"],
            ["Monday", "Tuesday", "Monday", "Thursday", "Thursday"]))
    func weekdays(_ iso: String, _ name: String) throws {
        let date = try #require(LocalDate(iso: iso))
        #expect(LocalDate.weekdayNames[date.weekday - 1] == name)
    }

    @Test("impossible dates are refused", arguments: ["2023-02-29", "2017-13-01", "2017-00-10", "17-10-16", "2017-1-16", "hello"])
    func refuses(_ iso: String) {
        #expect(LocalDate(iso: iso) == nil)
    }

    @Test("the municipal year runs May to May")
    func municipalYear() throws {
        #expect(MunicipalYear(containing: try #require(LocalDate(iso: "2017-10-16"))).label == "2017/18")
        #expect(MunicipalYear(containing: try #require(LocalDate(iso: "2018-03-26"))).label == "2017/18")
        #expect(MunicipalYear(containing: try #require(LocalDate(iso: "2018-05-01"))).label == "2018/19")
        #expect(MunicipalYear(containing: try #require(LocalDate(iso: "1999-12-31"))).label == "1999/00")
    }

    @Test("times print as 24-hour and as councils write them")
    func times() throws {
        let t = try #require(LocalTime(hhmm: "14:05"))
        #expect(t.hhmm == "14:05")
        #expect(t.twelveHour == "2.05 pm")
        #expect(LocalTime(hhmm: "24:00") == nil)
    }
}
