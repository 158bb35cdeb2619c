/* The sandbox: the safe base functions, the hardened libraries and the shared tables.
 * Layout (all reached through registry references in the context):
 *   lib          the shared base: safe functions, views of string/table/math/utf8, and what
 *                trusted code published; scripts see it only through their environment's __index
 *   envMeta      {__index = lib, __metatable = "protected"}, shared by every script environment
 *   hostGlobals  where trusted code defines its globals (raw, writable by trusted code only);
 *                it falls back to {debug = {getinfo = ...}} and then to lib */
#include <string.h>
#include <lualib.h>
#include "bridge.h"

/* pcall that cannot catch a limit: after one fired it re-raises the sentinel. */
static int lb_pcall(lua_State *L) {
    luaL_checkany(L, 1);
    lua_pushboolean(L, 1);
    lua_insert(L, 1);
    int status = lua_pcallk(L, lua_gettop(L) - 2, LUA_MULTRET, 0, 0, NULL);
    lb_context *c = LB_CTX(L);
    if (status == LUA_ERRMEM) LB_TRIP(c, LB_LIMIT_MEMORY);
    if (lb_limit_fired(c)) return lb_raise_limit(L);
    if (status != LUA_OK) {
        lua_pushboolean(L, 0);
        lua_replace(L, 1);
    }
    return lua_gettop(L);
}

/* xpcall over pcall: the handler runs after the failed call returned, as ordinary code under the
 * hook (Lua itself would run it with hooks off for an error raised by a hook). */
static int lb_xpcall(lua_State *L) {
    int n = lua_gettop(L);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    lua_pushvalue(L, 2);
    lua_pushboolean(L, 1);
    lua_rotate(L, 1, 2);          /* h, true, f, h, args... */
    lua_remove(L, 4);             /* h, true, f, args... */
    int status = lua_pcallk(L, n - 2, LUA_MULTRET, 0, 0, NULL);
    lb_context *c = LB_CTX(L);
    if (status == LUA_ERRMEM) LB_TRIP(c, LB_LIMIT_MEMORY);
    if (lb_limit_fired(c)) return lb_raise_limit(L);
    if (status == LUA_OK) {
        lua_remove(L, 1);         /* true, results... */
        return lua_gettop(L);
    }
    lua_remove(L, 2);             /* h, err: answer false and h(err), h run protected */
    if (lua_pcallk(L, 1, 1, 0, 0, NULL) == LUA_ERRMEM) LB_TRIP(c, LB_LIMIT_MEMORY);
    if (lb_limit_fired(c)) return lb_raise_limit(L);
    lua_pushboolean(L, 0);
    lua_insert(L, 1);
    return 2;
}

static const char *const lb_copied_metafields[] = {
    "__index", "__newindex", "__call", "__add", "__sub", "__mul", "__div", "__mod", "__pow",
    "__unm", "__idiv", "__band", "__bor", "__bxor", "__shl", "__shr", "__bnot", "__concat",
    "__len", "__eq", "__lt", "__le", "__tostring", "__name", "__pairs", NULL
};

static const char *const lb_refused_metafields[] = { "__gc", "__close", "__mode", NULL };

/* setmetatable that installs a copy of the metatable's metamethods, made now: keys added to the
 * script's table later (a __gc, __close or __mode) never reach the object. getmetatable still
 * answers the script's table, through __metatable. */
static int lb_setmetatable(lua_State *L) {
    lb_context *c = LB_CTX(L);
    int type = lua_type(L, 2);
    luaL_checktype(L, 1, LUA_TTABLE);
    luaL_argexpected(L, type == LUA_TNIL || type == LUA_TTABLE, 2, "nil or table");
    lua_settop(L, 2);
    if (lua_getmetatable(L, 1)) {
        int replaceable = lua_rawgetp(L, -1, &c->snapshotKey) == LUA_TBOOLEAN && lua_toboolean(L, -1);
        if (!replaceable) return luaL_error(L, "cannot change a protected metatable");
        lua_pop(L, 2);
    }
    if (type == LUA_TNIL) {
        lua_setmetatable(L, 1);
        return 1;
    }
    for (const char *const *name = lb_refused_metafields; *name; name++) {
        lua_pushstring(L, *name);
        if (lua_rawget(L, 2) != LUA_TNIL)
            return luaL_error(L, "setmetatable: a script's metatable may not define '%s'", *name);
        lua_pop(L, 1);
    }
    /* A table (or any other callable) as __call makes a chain that Lua follows inside one call,
     * shifting the whole stack once per link: quadratic work where no limit can stop it. */
    lua_pushliteral(L, "__call");
    int call = lua_rawget(L, 2);
    if (call != LUA_TNIL && call != LUA_TFUNCTION)
        return luaL_error(L, "setmetatable: __call must be a function, not a %s", lua_typename(L, call));
    lua_pop(L, 1);
    lua_createtable(L, 0, 4);
    for (const char *const *name = lb_copied_metafields; *name; name++) {
        lua_pushstring(L, *name);
        if (lua_rawget(L, 2) != LUA_TNIL) lb_rawset_field(L, 3, *name); else lua_pop(L, 1);
    }
    lua_pushliteral(L, "__metatable");
    int guarded = lua_rawget(L, 2) != LUA_TNIL;
    if (!guarded) {
        lua_pop(L, 1);
        lua_pushvalue(L, 2);
    }
    lb_rawset_field(L, 3, "__metatable");
    lua_pushboolean(L, !guarded);
    lua_rawsetp(L, 3, &c->snapshotKey);
    lua_setmetatable(L, 1);
    lua_settop(L, 1);
    return 1;
}

/* debug.getinfo for trusted code: level-based, the options S, l, n, t and u only. */
static int lb_getinfo(lua_State *L) {
    lua_Debug ar;
    lua_Integer level = luaL_checkinteger(L, 1);
    const char *what = luaL_optstring(L, 2, "Slnt");
    for (const char *w = what; *w; w++)
        luaL_argcheck(L, strchr("Slntu", *w) != NULL, 2, "options are limited to 'Slntu'");
    if (level < 0 || level > 1000000 || !lua_getstack(L, (int)level, &ar)) {
        lua_pushnil(L);
        return 1;
    }
    lua_getinfo(L, what, &ar);
    lua_createtable(L, 0, 12);
    int t = lua_gettop(L);
    if (strchr(what, 'S')) {
        lua_pushstring(L, ar.source); lb_rawset_field(L, t, "source");
        lua_pushstring(L, ar.short_src); lb_rawset_field(L, t, "short_src");
        lua_pushinteger(L, ar.linedefined); lb_rawset_field(L, t, "linedefined");
        lua_pushinteger(L, ar.lastlinedefined); lb_rawset_field(L, t, "lastlinedefined");
        lua_pushstring(L, ar.what); lb_rawset_field(L, t, "what");
    }
    if (strchr(what, 'l')) { lua_pushinteger(L, ar.currentline); lb_rawset_field(L, t, "currentline"); }
    if (strchr(what, 'n') && ar.name) {
        lua_pushstring(L, ar.name); lb_rawset_field(L, t, "name");
        lua_pushstring(L, ar.namewhat); lb_rawset_field(L, t, "namewhat");
    }
    if (strchr(what, 't')) { lua_pushboolean(L, ar.istailcall); lb_rawset_field(L, t, "istailcall"); }
    if (strchr(what, 'u')) {
        lua_pushinteger(L, ar.nups); lb_rawset_field(L, t, "nups");
        lua_pushinteger(L, ar.nparams); lb_rawset_field(L, t, "nparams");
        lua_pushboolean(L, ar.isvararg); lb_rawset_field(L, t, "isvararg");
    }
    return 1;
}

static void lb_wrap_field(lua_State *L, int table, const char *name, lua_CFunction guard) {
    lua_getfield(L, table, name);
    lua_pushcclosure(L, guard, 1);
    lua_setfield(L, table, name);
}

/* Wraps every plain C function of a library table in lb_timed (guarded ones check by themselves). */
static void lb_time_library(lua_State *L, int table) {
    lua_pushnil(L);
    while (lua_next(L, table)) {
        lua_CFunction f = lua_tocfunction(L, -1);
        if (f != NULL && f != lb_str_find && f != lb_str_match && f != lb_str_gmatch && f != lb_str_gsub
            && f != lb_str_rep) {
            lua_pushcclosure(L, lb_timed, 1);
            lua_pushvalue(L, -2);
            lua_insert(L, -2);
            lua_rawset(L, table);   /* replacing an existing key keeps the traversal valid */
        } else {
            lua_pop(L, 1);
        }
    }
}

static void lb_clear_field(lua_State *L, int table, const char *name) {
    lua_pushnil(L);
    lua_setfield(L, table, name);
}

static void lb_copy_field(lua_State *L, int from, int to, const char *name) {
    lua_getfield(L, from, name);
    lua_setfield(L, to, name);
}

/* Builds the sandbox; runs inside a protected call, so it may raise. */
int lb_open(lua_State *L) {
    lb_context *c = LB_CTX(L);
    lua_pushboolean(L, 0);
    c->tracebackRef = luaL_ref(L, LUA_REGISTRYINDEX);

    luaL_requiref(L, LUA_GNAME, luaopen_base, 0);          /* 1: the real globals, never exposed */
    luaL_requiref(L, LUA_STRLIBNAME, luaopen_string, 0);   /* 2 */
    luaL_requiref(L, LUA_TABLIBNAME, luaopen_table, 0);    /* 3 */
    luaL_requiref(L, LUA_MATHLIBNAME, luaopen_math, 0);    /* 4 */
    luaL_requiref(L, LUA_UTF8LIBNAME, luaopen_utf8, 0);    /* 5 */

    /* string: no dump or binary packing; pattern functions and rep guarded. The string
     * metatable's __index is this very table, so ("x"):find(...) is guarded too. */
    lb_clear_field(L, 2, "dump");
    lb_clear_field(L, 2, "pack");
    lb_clear_field(L, 2, "packsize");
    lb_clear_field(L, 2, "unpack");
    lb_wrap_field(L, 2, "find", lb_str_find);
    lb_wrap_field(L, 2, "match", lb_str_match);
    lb_wrap_field(L, 2, "gmatch", lb_str_gmatch);
    lb_wrap_field(L, 2, "gsub", lb_str_gsub);
    lb_wrap_field(L, 2, "rep", lb_str_rep);
    lua_pushliteral(L, "");
    lua_getmetatable(L, -1);
    lua_pushliteral(L, "protected");
    lua_setfield(L, -2, "__metatable");   /* getmetatable("") no longer reveals it */
    lua_pop(L, 2);

    lua_pushcfunction(L, lb_table_insert); lua_setfield(L, 3, "insert");
    lua_pushcfunction(L, lb_table_remove); lua_setfield(L, 3, "remove");
    lua_pushcfunction(L, lb_table_move); lua_setfield(L, 3, "move");
    lb_clear_field(L, 4, "randomseed");
    lb_time_library(L, 2);
    lb_time_library(L, 3);
    lb_time_library(L, 5);

    lua_newtable(L);                                       /* the view cache, weak keys */
    lua_newtable(L);
    lua_pushliteral(L, "k");
    lua_setfield(L, -2, "__mode");
    lua_setmetatable(L, -2);
    c->viewCacheRef = luaL_ref(L, LUA_REGISTRYINDEX);
    lua_pushboolean(L, 0);                                 /* the batch of record views */
    c->batchRef = luaL_ref(L, LUA_REGISTRYINDEX);
    lua_newtable(L);                                       /* the kinds' field lists (build.c) */
    c->kindFieldsRef = luaL_ref(L, LUA_REGISTRYINDEX);
    lb_batch_reset(L);

    lua_newtable(L);                                       /* 6: lib */
    static const char *const copied[] = {
        "assert", "error", "ipairs", "pairs", "rawequal", "rawget", "rawlen", "select",
        "tonumber", "tostring", "type", "getmetatable", "_VERSION", NULL
    };
    for (const char *const *name = copied; *name; name++) lb_copy_field(L, 1, 6, *name);
    lua_pushcfunction(L, lb_next); lua_setfield(L, 6, "next");
    lua_pushcfunction(L, lb_pcall); lua_setfield(L, 6, "pcall");
    lua_pushcfunction(L, lb_xpcall); lua_setfield(L, 6, "xpcall");
    lua_pushcfunction(L, lb_setmetatable); lua_setfield(L, 6, "setmetatable");
    static const char *const libraries[] = { "string", "table", "math", "utf8" };
    for (int i = 0; i < 4; i++) {
        lua_pushvalue(L, 2 + i);
        lb_view_new(L, 0);   /* these hold only functions, numbers and strings */
        lua_setfield(L, 6, libraries[i]);
    }
    lua_pushvalue(L, 6);
    c->libRef = luaL_ref(L, LUA_REGISTRYINDEX);

    lua_createtable(L, 0, 2);                              /* envMeta */
    lua_pushvalue(L, 6);
    lua_setfield(L, -2, "__index");
    lua_pushliteral(L, "protected");
    lua_setfield(L, -2, "__metatable");
    c->envMetaRef = luaL_ref(L, LUA_REGISTRYINDEX);

    lua_newtable(L);                                       /* trusted extras */
    lua_newtable(L);
    lua_pushcfunction(L, lb_getinfo);
    lua_setfield(L, -2, "getinfo");
    lua_setfield(L, -2, "debug");
    lua_createtable(L, 0, 1);
    lua_pushvalue(L, 6);
    lua_setfield(L, -2, "__index");
    lua_setmetatable(L, -2);
    lua_newtable(L);                                       /* hostGlobals */
    lua_createtable(L, 0, 1);
    lua_pushvalue(L, -3);
    lua_setfield(L, -2, "__index");
    lua_setmetatable(L, -2);
    c->hostGlobalsRef = luaL_ref(L, LUA_REGISTRYINDEX);
    return 0;
}

/* Copies what trusted code defined into lib: tables as live read-only views. */
int lb_publish(lua_State *L) {
    lb_context *c = LB_CTX(L);
    lua_rawgeti(L, LUA_REGISTRYINDEX, c->hostGlobalsRef);
    lua_rawgeti(L, LUA_REGISTRYINDEX, c->libRef);
    lua_pushnil(L);
    while (lua_next(L, 1)) {
        if (lua_type(L, -2) == LUA_TSTRING) {
            lb_wrap_value(L);
            lua_pushvalue(L, -2);
            lua_insert(L, -2);
            lua_rawset(L, 2);
        } else {
            lua_pop(L, 1);
        }
    }
    return 0;
}
