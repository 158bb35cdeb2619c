/// Why an account operation was refused, as data: the front end chooses the words.
public enum AccountError: Error, Sendable, Hashable {
    /// A login must be a short slug.
    case invalidLogin(String)
    /// Another account has this login.
    case loginTaken(String)
    /// The person already has an account (one account per person).
    case personHasAccount(person: String, login: String)
    /// No account with this login.
    case noAccount(String)
    /// A role grant not written `ROLE@ORG` with a known role.
    case invalidGrant(String)
    /// A grant on an organization that does not exist.
    case noOrganization(String)
    /// A password shorter than the minimum.
    case passwordTooShort(minimum: Int)
    /// The login or the password is wrong (which of them is not said).
    case wrongCredentials
    /// The account was disabled.
    case disabled(String)
    /// The session token is unknown, expired or revoked.
    case notSignedIn
    /// The account's password was generated for it and must be changed before anything else.
    case mustChangePassword(String)
    /// The account held no such grant.
    case grantNotHeld(login: String, grant: String)
}
