internal import CLua
internal import CLuaBridge

/// Pushing and reading values. Everything here runs outside a protected call, so it uses only
/// API that cannot raise while the allocator is not strict: raw gets and sets, `lua_next` on
/// tables read raw, and creation of plain values.
extension LuaState {
    /// Tables nested deeper than this read back as `.other("table")`.
    static let maximumReadDepth = 100
    /// Host values nested deeper than this are a programming error.
    static let maximumPushDepth = 200
    /// The most bytes of strings one call's results may hand the host.
    static let maximumReadBytes = 16 << 20
    /// The most values (tables counted once however often they are shared) one call's results may
    /// hand the host.
    static let maximumReadValues = 1_000_000

    /// What one read may still copy into the host, and the tables it has read already: a table
    /// shared by many others is read once, and every place that holds it gets that same value.
    struct ReadBudget {
        var bytes = LuaState.maximumReadBytes
        var values = LuaState.maximumReadValues
        var exceeded = false
        var tables: [UnsafeRawPointer: LuaValue] = [:]

        /// Spends one value of `byteCount` bytes; false once the budget is exceeded.
        mutating func spend(bytes byteCount: Int = 0) -> Bool {
            values -= 1
            bytes -= byteCount
            if values < 0 || bytes < 0 { exceeded = true }
            return !exceeded
        }
    }

    func checkOwner(_ reference: LuaReference) {
        precondition(reference.owner == identity, "\(reference) belongs to another LuaState")
    }

    func pushReference(_ reference: LuaReference) {
        checkOwner(reference)
        lua_rawgeti(state, clua_registry_index(), lua_Integer(reference.slot))
    }

    /// Pops the top value into the registry.
    func popReference() -> LuaReference {
        LuaReference(slot: luaL_ref(state, clua_registry_index()), owner: identity)
    }

    func pushString(_ string: String) {
        var text = string
        text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                _ = lua_pushlstring(state, chars.baseAddress, chars.count)
            }
        }
    }

    /// Pushes a value; tables become new, writable tables.
    func pushPlain(_ value: LuaValue, depth: Int = 0) {
        switch value {
        case .table(let table):
            pushTable(table, depth: depth) { element, depth in pushPlain(element, depth: depth) }
        default:
            pushScalar(value)
        }
    }

    /// Pushes anything but a table.
    func pushScalar(_ value: LuaValue) {
        switch value {
        case .nil, .other, .table: lua_pushnil(state)
        case .boolean(let flag): lua_pushboolean(state, flag ? 1 : 0)
        case .integer(let integer): lua_pushinteger(state, integer)
        case .number(let number): lua_pushnumber(state, number)
        case .string(let string): pushString(string)
        case .function(let reference), .reference(let reference): pushReference(reference)
        }
    }

    /// Pushes a new table, its elements pushed by `pushElement`.
    func pushTable(_ table: LuaTable, depth: Int, pushElement: (LuaValue, Int) -> Void) {
        precondition(depth < Self.maximumPushDepth, "LuaValue nested deeper than \(Self.maximumPushDepth) levels")
        let hasRoom = lua_checkstack(state, 4) != 0
        precondition(hasRoom, "Lua stack exhausted")
        lua_createtable(state, Int32(clamping: table.array.count), Int32(clamping: table.fields.count))
        for (offset, element) in table.array.enumerated() where element != .nil {
            pushElement(element, depth + 1)
            lua_rawseti(state, -2, lua_Integer(offset + 1))
        }
        for (key, element) in table.fields where element != .nil {
            pushString(key)
            pushElement(element, depth + 1)
            lua_rawset(state, -3)
        }
    }

    /// The string at `index`, which must be a string (so nothing is converted in place).
    func string(at index: Int32) -> String {
        var length = 0
        guard let chars = lua_tolstring(state, index, &length) else { return "" }
        return chars.withMemoryRebound(to: UInt8.self, capacity: length) { bytes in
            String(decoding: UnsafeBufferPointer(start: bytes, count: length), as: UTF8.self)
        }
    }

    func typeName(at index: Int32) -> String {
        String(cString: lua_typename(state, lua_type(state, index)))
    }

    /// Reads the value at `index` with raw access only, shared tables once, without a budget (the
    /// host's own reads; a call's results are read within one, see `invoke`).
    func readValue(at index: Int32) -> LuaValue {
        var budget = ReadBudget(bytes: .max, values: .max)
        return readValue(at: index, budget: &budget)
    }

    /// Reads the value at `index` with raw access only, spending `budget`; once it is exceeded
    /// the rest reads as nil and the caller must refuse the value.
    func readValue(at index: Int32, budget: inout ReadBudget) -> LuaValue {
        var path: Set<UnsafeRawPointer> = []
        return readValue(at: lua_absindex(state, index), depth: 0, path: &path, budget: &budget)
    }

    private func readValue(
        at index: Int32, depth: Int, path: inout Set<UnsafeRawPointer>,
        budget: inout ReadBudget
    ) -> LuaValue {
        var length = 0
        if lua_type(state, index) == LUA_TSTRING { _ = lua_tolstring(state, index, &length) }
        guard budget.spend(bytes: length) else { return .nil }
        switch lua_type(state, index) {
        case LUA_TNIL, LUA_TNONE:
            return .nil
        case LUA_TBOOLEAN:
            return .boolean(lua_toboolean(state, index) != 0)
        case LUA_TNUMBER:
            if lua_isinteger(state, index) != 0 {
                return .integer(lua_tointegerx(state, index, nil))
            }
            return .number(lua_tonumberx(state, index, nil))
        case LUA_TSTRING:
            return .string(string(at: index))
        case LUA_TTABLE:
            return readTable(at: index, depth: depth, path: &path, budget: &budget)
        case LUA_TFUNCTION:
            lua_pushvalue(state, index)
            return .function(popReference())
        default:
            return .other(typeName(at: index))
        }
    }

    private func readTable(
        at index: Int32, depth: Int, path: inout Set<UnsafeRawPointer>,
        budget: inout ReadBudget
    ) -> LuaValue {
        let base = lua_gettop(state)
        defer { lua_settop(state, base) }
        // A view reads as its storage; the storage is the host's, so raw reads are the truth.
        let table = lb_view_storage(state, index) != 0 ? lua_gettop(state) : index
        guard depth < Self.maximumReadDepth, lua_checkstack(state, 4) != 0,
            let identity = lua_topointer(state, table), !path.contains(identity)
        else { return .other("table") }
        if let read = budget.tables[identity] { return read }
        path.insert(identity)
        defer { path.remove(identity) }

        var array: [LuaValue] = []
        while lua_rawgeti(state, table, lua_Integer(array.count + 1)) != LUA_TNIL {
            array.append(readValue(at: lua_gettop(state), depth: depth + 1, path: &path, budget: &budget))
            lua_settop(state, -2)
        }
        lua_settop(state, -2)

        var fields: [String: LuaValue] = [:]
        lua_pushnil(state)
        while lua_next(state, table) != 0 {
            let valueIndex = lua_gettop(state)
            switch lua_type(state, -2) {
            case LUA_TSTRING:
                fields[string(at: -2)] = readValue(at: valueIndex, depth: depth + 1, path: &path, budget: &budget)
            case LUA_TNUMBER:
                let key: String
                if lua_isinteger(state, -2) != 0 {
                    let integer = lua_tointegerx(state, -2, nil)
                    if integer >= 1 && integer <= array.count { break }
                    key = String(integer)
                } else {
                    key = String(lua_tonumberx(state, -2, nil))
                }
                if fields[key] == nil {
                    fields[key] = readValue(at: valueIndex, depth: depth + 1, path: &path, budget: &budget)
                }
            default:
                break
            }
            lua_settop(state, -2)
        }
        let read = LuaValue.table(LuaTable(array: array, fields: fields))
        budget.tables[identity] = read
        return read
    }
}
