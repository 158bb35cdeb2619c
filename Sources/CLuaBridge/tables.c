/* table.insert, table.remove and table.move loop in C over a count the script controls (a length
 * from __len or from a sparse table's border, or explicit bounds), where no hook fires. These
 * versions keep the library's behaviour but refuse to move more elements than any table within a
 * memory cap could hold. */
#include "bridge.h"

/* 4 Mi elements fill 64 MiB: more is a length the table cannot really have. */
#define LB_TABLE_MOVE_LIMIT ((lua_Integer)1 << 22)

static void lb_check_move_count(lua_State *L, const char *name, lua_Integer count) {
    if (count > LB_TABLE_MOVE_LIMIT)
        luaL_error(L, "table.%s would move %I elements (limit %I); the table's length is not plausible",
                   name, count, LB_TABLE_MOVE_LIMIT);
}

int lb_table_insert(lua_State *L) {
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_Integer firstEmpty = luaL_len(L, 1) + 1;
    lua_Integer pos;
    switch (lua_gettop(L)) {
    case 2:
        pos = firstEmpty;
        break;
    case 3:
        pos = luaL_checkinteger(L, 2);
        luaL_argcheck(L, (lua_Unsigned)pos - 1u < (lua_Unsigned)firstEmpty, 2, "position out of bounds");
        lb_check_move_count(L, "insert", firstEmpty - pos);
        for (lua_Integer i = firstEmpty; i > pos; i--) {
            lua_geti(L, 1, i - 1);
            lua_seti(L, 1, i);
        }
        break;
    default:
        return luaL_error(L, "wrong number of arguments to 'insert'");
    }
    lua_seti(L, 1, pos);
    return 0;
}

int lb_table_remove(lua_State *L) {
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_Integer size = luaL_len(L, 1);
    lua_Integer pos = luaL_optinteger(L, 2, size);
    if (pos != size)
        luaL_argcheck(L, (lua_Unsigned)pos - 1u <= (lua_Unsigned)size, 2, "position out of bounds");
    lb_check_move_count(L, "remove", size - pos);
    lua_geti(L, 1, pos);
    for (; pos < size; pos++) {
        lua_geti(L, 1, pos + 1);
        lua_seti(L, 1, pos);
    }
    lua_pushnil(L);
    lua_seti(L, 1, pos);
    return 1;
}

int lb_table_move(lua_State *L) {
    lua_Integer from = luaL_checkinteger(L, 2);
    lua_Integer to = luaL_checkinteger(L, 3);
    lua_Integer dest = luaL_checkinteger(L, 4);
    int target = lua_isnoneornil(L, 5) ? 1 : 5;
    luaL_checktype(L, 1, LUA_TTABLE);
    luaL_checktype(L, target, LUA_TTABLE);
    if (to >= from) {
        luaL_argcheck(L, from > 0 || to < LUA_MAXINTEGER + from, 3, "too many elements to move");
        lua_Integer count = to - from + 1;
        luaL_argcheck(L, dest <= LUA_MAXINTEGER - count + 1, 4, "destination wrap around");
        lb_check_move_count(L, "move", count);
        if (dest > to || dest <= from || (target != 1 && !lua_rawequal(L, 1, target))) {
            for (lua_Integer i = 0; i < count; i++) {
                lua_geti(L, 1, from + i);
                lua_seti(L, target, dest + i);
            }
        } else {
            for (lua_Integer i = count - 1; i >= 0; i--) {
                lua_geti(L, 1, from + i);
                lua_seti(L, target, dest + i);
            }
        }
    }
    lua_pushvalue(L, target);
    return 1;
}
