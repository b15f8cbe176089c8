/// The chair's sign-off of approved minutes (issue 20). Signing is one audited transaction; a
/// signature is never changed or removed.
public protocol MinutesSignatureRepository: Sendable {
    /// Who may sign: whoever chaired the meeting that approved the minutes (its chairman or co-chair,
    /// else the vice-chairman in the chair); when no approving meeting is recorded, the body's
    /// chairman on the approval date, or whoever chaired the meeting itself. Empty while the minutes
    /// are a draft.
    func signers(meetingID: Int64) async throws -> [MinutesSigner]
    /// Signs the approved minutes as `signerPersonID` (one of `signers`); refused when they are a draft,
    /// already signed, or the person may not sign.
    func sign(meetingID: Int64, signerPersonID: Int64, by editor: Editor) async throws -> MinutesSignature
    func signature(meetingID: Int64) async throws -> MinutesSignature?
    /// Recomputes the SHA-256 of the stored approved text; nil when the minutes are not signed.
    func verify(meetingID: Int64) async throws -> MinutesVerification?
    /// The canonical text the signature is taken over, as stored now (`MinutesCanonicalForm`).
    func canonicalText(meetingID: Int64) async throws -> String
}
