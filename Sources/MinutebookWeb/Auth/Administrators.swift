import Hummingbird
import MinutebookCore

extension AppRequestContext {
    /// The signed-in administrator, or a 403 saying `refusal`.
    func requireAdministrator(_ request: Request, refusal: String) throws -> (Audience.Account, Editor) {
        let (account, editor) = try requireAccount(request)
        guard account.role == .administrator else { throw DomainError.forbidden(refusal) }
        return (account, editor)
    }
}

extension DirectoryRepository {
    /// The partnerships an administrator manages: their own, or every one for an administrator of none.
    func partnerships(managedBy account: Audience.Account) async throws -> [Partnership] {
        try await partnerships().filter { account.partnershipID == nil || $0.id == account.partnershipID }
    }
}
