import Testing

@testable import MinutebookCore

private func day(_ iso: String) throws -> LocalDate { try #require(LocalDate(iso: iso)) }

@Suite("England and Wales bank holidays")
struct BankHolidayTests {
    /// Complete lists as published on gov.uk for years with substitutes, moves and one-offs.
    @Test(
        "whole years match the published lists",
        arguments: [
            (1995, ["1995-01-02", "1995-04-14", "1995-04-17", "1995-05-08", "1995-05-29", "1995-08-28", "1995-12-25", "1995-12-26"]),
            (
                1999,
                [
                    "1999-01-01", "1999-04-02", "1999-04-05", "1999-05-03", "1999-05-31", "1999-08-30", "1999-12-27", "1999-12-28",
                    "1999-12-31"
                ]
            ),
            (
                2002,
                [
                    "2002-01-01", "2002-03-29", "2002-04-01", "2002-05-06", "2002-06-03", "2002-06-04", "2002-08-26", "2002-12-25",
                    "2002-12-26"
                ]
            ),
            (
                2011,
                [
                    "2011-01-03", "2011-04-22", "2011-04-25", "2011-04-29", "2011-05-02", "2011-05-30", "2011-08-29", "2011-12-26",
                    "2011-12-27"
                ]
            ),
            (
                2012,
                [
                    "2012-01-02", "2012-04-06", "2012-04-09", "2012-05-07", "2012-06-04", "2012-06-05", "2012-08-27", "2012-12-25",
                    "2012-12-26"
                ]
            ),
            (2020, ["2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25", "2020-08-31", "2020-12-25", "2020-12-28"]),
            (2021, ["2021-01-01", "2021-04-02", "2021-04-05", "2021-05-03", "2021-05-31", "2021-08-30", "2021-12-27", "2021-12-28"]),
            (
                2022,
                [
                    "2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29", "2022-09-19",
                    "2022-12-26", "2022-12-27"
                ]
            ),
            (
                2023,
                [
                    "2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29", "2023-08-28", "2023-12-25",
                    "2023-12-26"
                ]
            ),
            (2024, ["2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26"]),
            (2027, ["2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28"])
        ])
    func wholeYears(_ year: Int, _ expected: [String]) {
        #expect(BankHolidays.holidays(in: year).map(\.date.iso) == expected)
    }

    @Test(
        "Easter Sunday by computus",
        arguments: zip(
            [1995, 2000, 2008, 2011, 2019, 2024, 2035, 2038, 2040],
            ["1995-04-16", "2000-04-23", "2008-03-23", "2011-04-24", "2019-04-21", "2024-03-31", "2035-03-25", "2038-04-25", "2040-04-01"]))
    func easter(_ year: Int, _ iso: String) {
        #expect(BankHolidays.easterSunday(year).iso == iso)
    }

    @Test("every covered year has its eight regular holidays on weekdays")
    func everyYear() {
        for year in BankHolidays.coveredYears {
            let regular = BankHolidays.holidays(in: year).filter {
                ![.millennium, .goldenJubilee, .royalWedding, .diamondJubilee, .platinumJubilee, .stateFuneral, .coronation]
                    .contains($0.name)
            }
            #expect(regular.count == 8, "year \(year)")
            #expect(regular.allSatisfy { !$0.date.isWeekend }, "year \(year)")
            #expect(Set(regular.map(\.date)).count == 8, "year \(year) has two holidays on one day")
        }
    }

    @Test("names are given to one-off holidays")
    func names() throws {
        #expect(BankHolidays.holiday(on: try day("2023-05-08"))?.name == .coronation)
        #expect(BankHolidays.holiday(on: try day("2022-09-19"))?.name == .stateFuneral)
        #expect(BankHolidays.holiday(on: try day("2022-09-20")) == nil)
    }
}

@Suite("Working-day deadlines")
struct WorkingDaysTests {
    @Test("questions 4 working days before 29 November 2018 are due on Friday 23rd, as the pack says")
    func sampleQuestionsDeadline() throws {
        let deadlines = MeetingDeadlines(meeting: try day("2018-11-29"))
        #expect(deadlines.questions == (try day("2018-11-23")))
        #expect(deadlines.publication == (try day("2018-11-21")))
        #expect(deadlines.isPublicationInTime(try day("2018-11-20")))
        #expect(!deadlines.isPublicationInTime(try day("2018-11-22")))
    }

    @Test(
        "n working days before a meeting skip weekends and holidays",
        arguments: [
            // Across Christmas 2022 and the New Year substitute day.
            ("2023-01-05", 4, "2022-12-29"),
            // Across Easter 2024.
            ("2024-04-03", 4, "2024-03-26"),
            // Across the 2022 spring holiday and Platinum Jubilee.
            ("2022-06-07", 4, "2022-05-30"),
            // Across the State Funeral.
            ("2022-09-21", 4, "2022-09-14"),
            // Across the Coronation and the early May holiday.
            ("2023-05-11", 6, "2023-05-02"),
            // Ten working days, the later rule.
            ("2024-02-29", 10, "2024-02-15"),
            // Across the millennium holiday and the Christmas substitutes of 1999.
            ("2000-01-05", 4, "1999-12-24")
        ])
    func before(_ meeting: String, _ count: Int, _ expected: String) throws {
        #expect(WorkingDays.subtracting(count, from: try day(meeting)).iso == expected)
    }

    @Test("adding working days forwards over Christmas 2020 and Easter 2021")
    func forwards() throws {
        #expect(WorkingDays.adding(1, to: try day("2020-12-24")).iso == "2020-12-29")
        #expect(WorkingDays.adding(2, to: try day("2021-04-01")).iso == "2021-04-07")
        #expect(WorkingDays.adding(0, to: try day("2021-04-03")).iso == "2021-04-03")
    }

    @Test("clear working days exclude both ends and holidays")
    func clearDays() throws {
        #expect(WorkingDays.clearWorkingDays(from: try day("2018-11-21"), to: try day("2018-11-29")) == 5)
        #expect(WorkingDays.clearWorkingDays(from: try day("2022-05-27"), to: try day("2022-06-07")) == 4)
        #expect(WorkingDays.clearWorkingDays(from: try day("2022-06-07"), to: try day("2022-05-27")) == 0)
    }

    @Test("publication leaves five clear working days across the 2023 Coronation")
    func publicationAcrossCoronation() throws {
        let deadlines = MeetingDeadlines(meeting: try day("2023-05-11"))
        #expect(deadlines.publication.iso == "2023-05-02")
        #expect(WorkingDays.clearWorkingDays(from: deadlines.publication, to: deadlines.meeting) == 5)
        #expect(deadlines.reports.iso == "2023-04-26")
    }

    @Test("ten-day questions for 29 February 2024")
    func tenDay() throws {
        #expect(MeetingDeadlines(meeting: try day("2024-02-29"), policy: .tenDayQuestions).questions.iso == "2024-02-15")
    }

    @Test("nonsense policies are refused")
    func policy() {
        #expect(throws: DomainError.self) { try DeadlinePolicy(questionsWorkingDays: -1).validated() }
        #expect(throws: DomainError.self) { try DeadlinePolicy(publicationClearWorkingDays: 400).validated() }
    }
}
