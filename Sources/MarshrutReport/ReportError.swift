/// Why a report could not be rendered.
///
/// The templates and encoders are the module's own, so this error means a bug in
/// `MarshrutReport`, not bad data: the message names the renderer and the cause.
public struct ReportError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
