import ArgumentParser

extension Marshrut {
    /// The curator's commands over the Lua rules.
    static var ruleCommands: [ParsableCommand.Type] { [] }
}
