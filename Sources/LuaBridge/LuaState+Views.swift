internal import CLua
internal import CLuaBridge

extension LuaState {
    /// Builds a read-only view of a value once, to pass to many calls.
    ///
    /// Tables become read-only all the way down: writing to any of them raises
    /// `attempt to modify read-only table`; `rawset` and `setmetatable` are unavailable or refused.
    /// Indexing, `#`, `ipairs`, `pairs` and `next` work as on plain tables (`rawget` and `rawlen`
    /// see an empty proxy). A `.reference` inside the value is inserted as the referenced value
    /// itself (a plain table is given a live read-only view), which lets views share and refer to
    /// each other; close a cycle afterwards with ``setField(_:of:to:)``.
    ///
    /// ```swift
    /// let person = lua.makeReadOnly(["name": "Иванова"])
    /// let route = lua.makeReadOnly(["title": "ИКТ", "teacher": .reference(person)])
    /// lua.setField("routes", of: person, to: [.reference(route)])
    /// ```
    ///
    /// The view lives until released. Building it is counted against the memory limit but never
    /// refused.
    public func makeReadOnly(_ value: LuaValue) -> LuaReference {
        let base = lua_gettop(state)
        pushReadOnly(value, depth: 0)
        let reference = popReference()
        lua_settop(state, base)
        return reference
    }

    /// Sets one field of a view made by ``makeReadOnly(_:)``, as the host; scripts still cannot.
    ///
    /// Use it to close cycles between views: build the person, then the routes that refer to it,
    /// then set the person's `routes`. The value is made read-only like in ``makeReadOnly(_:)``;
    /// `.nil` removes the field.
    /// - Parameters:
    ///   - key: The field's name.
    ///   - view: A view from ``makeReadOnly(_:)``.
    ///   - value: The new value.
    public func setField(_ key: String, of view: LuaReference, to value: LuaValue) {
        let base = lua_gettop(state)
        defer { lua_settop(state, base) }
        pushReference(view)
        precondition(lb_view_storage(state, -1) != 0, "setField needs a view made by makeReadOnly")
        pushString(key)
        pushReadOnly(value, depth: 0)
        lua_rawset(state, -3)
    }

    func pushReadOnly(_ value: LuaValue, depth: Int) {
        switch value {
        case .table(let table):
            pushTable(table, depth: depth) { element, depth in pushReadOnly(element, depth: depth) }
            lb_make_view(state)
        case .reference(let reference):
            pushReference(reference)
            lb_make_view_of_value(state)
        default:
            pushScalar(value)
        }
    }
}
