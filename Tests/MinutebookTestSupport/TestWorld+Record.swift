import MinutebookCore

extension TestWorld {
    // MARK: The forward plan

    /// An item of a body's forward plan, proposed by `proposer`, perhaps aimed at `target` (a meeting).
    @discardableResult
    public mutating func planItem(
        _ title: String, body: Int64, proposer: String, lead: String? = nil, target: Int64? = nil,
        status: ForwardPlanStatus = .proposed, part: AgendaPart = .one, exemptReason: String? = nil,
        notes: String? = nil, id: Int64? = nil
    ) -> Int64 {
        insert(
            "forwardPlanItem", id: id,
            [
                "bodyId": .int(body), "title": .text(title), "proposer": .text(proposer),
                "leadOfficer": .optionalText(lead), "targetMeetingId": .optionalInt(target),
                "status": .text(status.rawValue), "part": .int(Int64(part.rawValue)),
                "exemptReason": .optionalText(exemptReason), "notes": .optionalText(notes)
            ])
    }

    // MARK: Corrections

    /// A later correction of a minute (a note, never an edit), perhaps recorded at a later meeting.
    @discardableResult
    public mutating func correction(of minute: Int64, _ text: String, recordedAt meeting: Int64? = nil, id: Int64? = nil) -> Int64 {
        insert("minuteCorrection", id: id, ["minuteId": .int(minute), "text": .text(text), "recordedAtMeetingId": .optionalInt(meeting)])
    }

    // MARK: Signatures

    /// A signature of `meeting`'s approved minutes by `signer` (`name`, in `capacity`) over the text whose
    /// SHA-256 is `sha256`, in canonical form `canonicalVersion` (an older form, for a signature made before a
    /// change of form).
    public mutating func signature(
        of meeting: Int64, by signer: Int64?, name: String, capacity: String, sha256: String, canonicalVersion: Int
    ) {
        append(
            "minutesSignature",
            [
                "meetingId": .int(meeting), "signerPersonId": .optionalInt(signer), "signerName": .text(name),
                "capacity": .text(capacity), "sha256": .text(sha256), "canonicalVersion": .int(Int64(canonicalVersion))
            ])
    }

    // MARK: Performance

    /// A performance indicator of a body, counted upwards unless said.
    @discardableResult
    public mutating func indicator(
        _ name: String, code: String, body: Int64, in partnership: Int64, isPublished: Bool = true,
        id: Int64? = nil
    ) -> Int64 {
        insert(
            "indicator", id: id,
            [
                "partnershipId": .int(partnership), "bodyId": .int(body), "code": .text(code), "name": .text(name),
                "isPublished": .int(isPublished ? 1 : 0)
            ])
    }

    /// An indicator's target for the year starting `yearStart` ("2025-04").
    public mutating func target(of indicator: Int64, yearStart: String, _ value: Double) {
        append("indicatorTarget", ["indicatorId": .int(indicator), "yearStart": .text(yearStart), "value": .real(value)])
    }

    /// An indicator's figure for the month starting `month` ("2025-04"), for the whole partnership.
    public mutating func actual(of indicator: Int64, month: String, _ value: Double) {
        append(
            "indicatorActual",
            [
                "indicatorId": .int(indicator), "periodKind": .text("month"), "periodStart": .text(month),
                "value": .real(value)
            ])
    }
}
