import Foundation
import MinutebookCore

/// The minutes document of a meeting for one audience, shared by the web and the command line:
/// the detail comes filtered by `Visibility` (so the public never sees drafts or Part 2), with the
/// approval, the corrections of the minutes shown and the chair's signature.
public struct MinutesDocuments: Sendable {
    let meetings: any MeetingRepository
    let minutes: any MinutesRepository
    let signatures: any MinutesSignatureRepository

    public init(meetings: any MeetingRepository, minutes: any MinutesRepository, signatures: any MinutesSignatureRepository) {
        self.meetings = meetings
        self.minutes = minutes
        self.signatures = signatures
    }

    public func document(meetingID: Int64, audience: Audience) async throws -> MinutesDocument {
        guard let detail = try await meetings.meetingDetail(id: meetingID, audience: audience), !detail.minutes.isEmpty else {
            throw DomainError.notFound("there are no minutes of this meeting to print")
        }
        let approval = try await minutes.approval(meetingID: meetingID)
        let shown = Set(detail.minutes.map(\.minute.id))
        let corrections = try await minutes.corrections(meetingID: meetingID).filter { shown.contains($0.minuteID) }
        let signature = try await signatures.signature(meetingID: meetingID)
        return MinutesDocument(detail: detail, approval: approval, signature: signature, corrections: corrections)
    }
}
