internal import CLua
internal import CLuaBridge

extension LuaState {
    /// Turns the error object on top of the stack into a ``LuaError`` and pops it.
    ///
    /// The object is read raw: a string as it is, anything else described by its type, so no
    /// `__tostring` of a script's value ever runs on the host's behalf.
    func popError(status: Int32) -> LuaError {
        let kind = errorKind(status: status)
        let payload = describeErrorObject(at: -1)
        lua_settop(state, -2)
        lb_push_traceback(state)
        let traceback = lua_type(state, -1) == LUA_TSTRING ? Self.cut(string(at: -1)) : nil
        lua_settop(state, -2)

        var location: String?
        let stoppedAt = String(cString: lb_where(state))
        if kind == .instructionLimit || kind == .timeLimit, let frame = Self.frame(in: Substring(stoppedAt)),
            !trustedSources.contains(String(frame.source))
        {
            location = String(frame.location)
        }
        location = location ?? traceback.flatMap(firstScriptLocation(in:))
        if location == nil, let payload, let frame = Self.frame(in: Substring(payload)) {
            location = String(frame.location)
        }
        if kind == .memoryLimit {
            clua_gc_collect(state)
        }
        return LuaError(
            kind: kind,
            message: message(kind: kind, payload: payload, location: location),
            location: location,
            traceback: traceback
        )
    }

    /// The most bytes of an error message or traceback the host keeps.
    public static let maximumMessageBytes = 4096

    /// `text` cut to ``maximumMessageBytes`` (on a character boundary), saying how much was cut.
    public static func cut(_ text: String) -> String {
        let count = text.utf8.count
        guard count > maximumMessageBytes else { return text }
        var end = text.utf8.index(text.utf8.startIndex, offsetBy: maximumMessageBytes)
        while end > text.startIndex, end.samePosition(in: text.unicodeScalars) == nil { end = text.utf8.index(before: end) }
        let kept = text[..<end]
        return kept + "… (\(count - kept.utf8.count) bytes cut)"
    }

    private func errorKind(status: Int32) -> LuaError.Kind {
        switch Int(lb_tripped(state)) {
        case Int(LB_LIMIT_INSTRUCTIONS): .instructionLimit
        case Int(LB_LIMIT_TIME): .timeLimit
        case Int(LB_LIMIT_MEMORY): .memoryLimit
        case Int(LB_LIMIT_TABLE): .tableLimit
        default: status == LUA_ERRSYNTAX ? .syntax : .runtime
        }
    }

    /// The error object as text, or nil when it is the limit sentinel (a light userdata).
    private func describeErrorObject(at index: Int32) -> String? {
        switch lua_type(state, index) {
        case LUA_TSTRING:
            return Self.cut(string(at: index))
        case LUA_TNUMBER:
            if lua_isinteger(state, index) != 0 { return String(lua_tointegerx(state, index, nil)) }
            return String(lua_tonumberx(state, index, nil))
        case LUA_TLIGHTUSERDATA:
            return nil
        default:
            return "(error object is a \(typeName(at: index)) value)"
        }
    }

    private func message(kind: LuaError.Kind, payload: String?, location: String?) -> String {
        let place = location.map { "\($0): " } ?? ""
        switch kind {
        case .instructionLimit:
            return place + "instruction limit exceeded: more than \(limits.instructionsPerCall) instructions "
                + "in one call; make sure every loop ends"
        case .timeLimit:
            return place + "time limit exceeded: the call ran longer than \(limits.secondsPerCall) s; "
                + "make sure every loop ends"
        case .memoryLimit:
            return place + "memory limit exceeded: the state may use at most \(limits.memoryBytes) bytes; "
                + "build smaller strings and tables"
        case .tableLimit:
            return place + "table limit exceeded: a table may hold at most \(limits.tableKeys) keys besides its list entries; "
                + "keep fewer keys in one table"
        case .syntax, .runtime:
            guard let payload else { return place + "unknown error" }
            if payload.hasPrefix("(error object is") { return place + payload }
            return payload
        }
    }

    /// The first frame of a traceback that lies in a script rather than in trusted code or C.
    private func firstScriptLocation(in traceback: String) -> String? {
        for line in traceback.split(separator: "\n").dropFirst() {
            let frameText = line.drop(while: { $0 == "\t" || $0 == " " })
            if frameText.hasPrefix("[C]") || frameText.hasPrefix("(") { continue }
            if let frame = Self.frame(in: frameText), !trustedSources.contains(String(frame.source)) {
                return String(frame.location)
            }
        }
        return nil
    }

    /// Splits a leading `source:line:` (or a bare `source:line`) into its parts.
    static func frame(in text: Substring) -> (source: Substring, location: Substring)? {
        var index = text.startIndex
        while let colon = text[index...].firstIndex(of: ":") {
            let digitsStart = text.index(after: colon)
            let digitsEnd = text[digitsStart...].firstIndex(where: { !$0.isASCII || !$0.isNumber }) ?? text.endIndex
            if digitsEnd > digitsStart && (digitsEnd == text.endIndex || text[digitsEnd] == ":") && colon > text.startIndex {
                return (text[..<colon], text[..<digitsEnd])
            }
            index = digitsStart
        }
        return nil
    }
}
