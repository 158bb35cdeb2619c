/* Read-only views: an empty proxy table whose metatable reads from a storage table.
 * A snapshot view (built by the host) stores views of its children, so its __index is the storage
 * table itself and reads never leave C. A live view (of a table trusted code owns) wraps nested
 * tables lazily through a cache, so later changes by trusted code show through. */
#include "bridge.h"

/* If the value at idx is a view, pushes its storage and returns 1; otherwise pushes nothing.
 * Uses only non-raising API, so the host may call it outside a protected call. */
int lb_view_storage(lua_State *L, int idx) {
    lb_context *c = LB_CTX(L);
    if (lua_type(L, idx) != LUA_TTABLE || !lua_getmetatable(L, idx)) return 0;
    if (lua_rawgetp(L, -1, &c->storageKey) != LUA_TTABLE) {
        lua_pop(L, 2);
        return 0;
    }
    lua_remove(L, -2);
    return 1;
}

int lb_is_view(lua_State *L, int idx) {
    if (!lb_view_storage(L, idx)) return 0;
    lua_pop(L, 1);
    return 1;
}

static int lb_ro_newindex(lua_State *L) {
    if (lua_type(L, 2) == LUA_TSTRING)
        return luaL_error(L, "attempt to modify read-only table (field '%s')", lua_tostring(L, 2));
    return luaL_error(L, "attempt to modify read-only table");
}

static int lb_ro_len(lua_State *L) {
    if (!lb_view_storage(L, 1)) return luaL_error(L, "not a read-only view");
    lua_pushinteger(L, (lua_Integer)lua_rawlen(L, -1));
    return 1;
}

/* __index of a live view: reads the storage and wraps a nested table. */
static int lb_ro_index(lua_State *L) {
    if (!lb_view_storage(L, 1)) return luaL_error(L, "not a read-only view");
    lua_pushvalue(L, 2);
    lua_rawget(L, -2);
    lb_wrap_value(L);
    return 1;
}

/* The sandbox's `next`: iterates a view's storage (wrapping nested tables), a plain table as is. */
int lb_next(lua_State *L) {
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_settop(L, 2);
    int view = lb_view_storage(L, 1);
    if (view) {
        lua_replace(L, 1);
        lb_fill_storage(L, 1);   /* a record view not built yet is built before it is iterated */
    }
    if (lua_next(L, 1)) {
        if (view) lb_wrap_value(L);
        return 2;
    }
    lua_pushnil(L);
    return 1;
}

/* __pairs of a view: iterates with the sandbox's `next`, keeping the storage out of reach. */
static int lb_ro_pairs(lua_State *L) {
    lua_pushcfunction(L, lb_next);
    lua_pushvalue(L, 1);
    lua_pushnil(L);
    return 3;
}

void lb_rawset_field(lua_State *L, int table, const char *key) {
    /* value on top: table[key] = value, without metamethods */
    lua_pushstring(L, key);
    lua_insert(L, -2);
    lua_rawset(L, table);
}

/* Replaces the storage table on top of the stack with a new view of it. */
void lb_view_new(lua_State *L, int live) {
    lb_context *c = LB_CTX(L);
    int storage = lua_absindex(L, -1);
    lua_createtable(L, 0, 0);                      /* the proxy */
    lua_createtable(L, 0, 6);                      /* its metatable */
    int meta = lua_absindex(L, -1);
    if (live) lua_pushcfunction(L, lb_ro_index); else lua_pushvalue(L, storage);
    lb_rawset_field(L, meta, "__index");
    lua_pushcfunction(L, lb_ro_newindex);
    lb_rawset_field(L, meta, "__newindex");
    lua_pushcfunction(L, lb_ro_len);
    lb_rawset_field(L, meta, "__len");
    lua_pushcfunction(L, lb_ro_pairs);
    lb_rawset_field(L, meta, "__pairs");
    lua_pushliteral(L, "protected");
    lb_rawset_field(L, meta, "__metatable");
    lua_pushvalue(L, storage);
    lua_rawsetp(L, meta, &c->storageKey);
    lua_setmetatable(L, -2);
    lua_replace(L, storage);
}

/* Replaces a plain table on top of the stack with its live view (one view per table). */
static void lb_view_of_live(lua_State *L) {
    lb_context *c = LB_CTX(L);
    int table = lua_absindex(L, -1);
    lua_rawgeti(L, LUA_REGISTRYINDEX, c->viewCacheRef);
    int cache = lua_absindex(L, -1);
    lua_pushvalue(L, table);
    if (lua_rawget(L, cache) != LUA_TTABLE) {
        lua_pop(L, 1);
        lua_pushvalue(L, table);
        lb_view_new(L, 1);
        lua_pushvalue(L, table);
        lua_pushvalue(L, -2);
        lua_rawset(L, cache);
    }
    lua_replace(L, table);
    lua_pop(L, 1);
}

/* Leaves a value on top as it is, except a plain table, which becomes its live view. */
void lb_wrap_value(lua_State *L) {
    if (lua_type(L, -1) == LUA_TTABLE && !lb_is_view(L, -1)) lb_view_of_live(L);
}
