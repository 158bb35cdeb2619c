/* Lua 5.4's headers, and wrappers for the macros Swift cannot import (a one-line reason each).
 * The bridge's own C lives in the CLuaBridge target. */
#ifndef MARSHRUT_CLUA_SHIM_H
#define MARSHRUT_CLUA_SHIM_H

#include <lua.h>
#include <lauxlib.h>
#include <lualib.h>

/* LUA_REGISTRYINDEX is an expression macro, which Swift does not import. */
static inline int clua_registry_index(void) { return LUA_REGISTRYINDEX; }

/* lua_gc is variadic in 5.4, which Swift cannot call. */
static inline void clua_gc_collect(lua_State *L) { lua_gc(L, LUA_GCCOLLECT); }

#endif
