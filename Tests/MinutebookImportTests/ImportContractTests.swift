import Foundation
import MinutebookCore
import Testing

@Suite("Meeting record contract")
struct ImportContractTests {
    @Test("a record decodes from and encodes to the contract's field names")
    func roundTrip() throws {
        let json = """
            {"body":"Riverside Board","date":"2019-03-14","start":"10:00","end":"12:05","venue":"Town Hall",
             "attendance":[{"name":"Ada Quill","status":"present","position":"chairman"},
                           {"name":"Ben Ostler","status":"substitute","substitute_for":"Cara Lind"}],
             "items":[{"number":"12a","title":"Resilience","part":1,"text":"Noted.","resolutions":["A report comes back."],
                       "actions":[{"owners":["AQ","BO"],"text":"A report comes back."}]}],
             "next_meeting":{"date":"2019-06-13","start":"10:00"},"warnings":[]}
            """
        let record = try JSONDecoder().decode(MeetingRecord.self, from: Data(json.utf8))
        #expect(record.attendance[1].substituteFor == "Cara Lind")
        #expect(record.items[0].actions[0].owners == ["AQ", "BO"])
        let encoded = try JSONEncoder().encode(record)
        let again = try JSONDecoder().decode(MeetingRecord.self, from: encoded)
        #expect(again == record)
        let text = String(decoding: encoded, as: UTF8.self)
        #expect(text.contains("\"next_meeting\""))
        #expect(text.contains("\"substitute_for\""))
    }
}
