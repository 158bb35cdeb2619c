import LuaBridge
import MarshrutCore

/// The kinds of record the rules show to scripts, as the numbers the Lua bridge's view ops carry.
///
/// The bridge gives the numbers no meaning; the engine registers them with each state it creates
/// (``register(in:)``).
enum RecordKind: Int, CaseIterable, Sendable {
    case person = 1
    case route = 2
    case program = 3

    /// The record kind of a subject kind (`nil` for road maps, which scripts do not see).
    init?(_ kind: SubjectReference.Kind) {
        switch kind {
        case .person: self = .person
        case .route: self = .route
        case .program: self = .program
        case .plan, .organization: return nil
        }
    }

    /// Registers every kind with `lua`, so its batches can hold them.
    static func register(in lua: LuaState) throws(LuaError) {
        try lua.registerRecordKinds(allCases.count)
    }
}
