/* Per-call limits: the instruction and time hook, the deadline checks of library functions, and
 * the limit sentinel. Everything here that raises a Lua error runs inside Lua (a hook or a C
 * function Lua called), never in a Swift frame. */
#include <stdio.h>
#include <string.h>
#include <time.h>
#include "bridge.h"

/* A coarse monotonic clock is enough for a backstop and costs a few nanoseconds. */
double lb_now(void) {
    struct timespec ts;
#ifdef CLOCK_MONOTONIC_COARSE
    clock_gettime(CLOCK_MONOTONIC_COARSE, &ts);
#else
    clock_gettime(CLOCK_MONOTONIC, &ts);
#endif
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* The precise clock, for the time spent loading records (reported to the user). */
double lb_precise_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Raises the limit sentinel; a light userdata needs no allocation. */
int lb_raise_limit(lua_State *L) {
    lua_pushlightuserdata(L, &LB_CTX(L)->sentinel);
    return lua_error(L);
}

/* Once a limit fired, every pcall wrapper and every further hook re-raises it. */
int lb_limit_fired(lb_context *c) {
    if (c->pending) {
        c->pending = 0;
        LB_TRIP(c, LB_LIMIT_MEMORY);
    }
    return c->tripped != LB_LIMIT_NONE;
}

static void lb_record_where(lb_context *c, lua_State *L, lua_Debug *ar) {
    if (lua_getinfo(L, "Sl", ar) && ar->currentline > 0) {
        snprintf(c->where, sizeof c->where, "%s:%d", ar->short_src, ar->currentline);
        return;
    }
    /* stopped entering a C function: name the nearest Lua frame instead */
    lua_Debug caller;
    for (int level = 1; level < 64 && lua_getstack(L, level, &caller); level++) {
        if (lua_getinfo(L, "Sl", &caller) && caller.currentline > 0) {
            snprintf(c->where, sizeof c->where, "%s:%d", caller.short_src, caller.currentline);
            return;
        }
    }
}

static void lb_hook(lua_State *L, lua_Debug *ar) {
    lb_context *c = LB_CTX(L);
    if (!lb_limit_fired(c)) {
        if (ar->event == LUA_HOOKCOUNT) c->remaining -= c->slice;
        if (c->remaining <= 0) {
            c->tripped = LB_LIMIT_INSTRUCTIONS;
        } else if (lb_now() >= c->deadline) {
            c->tripped = LB_LIMIT_TIME;
        } else {
            /* also back to the usual slice after a deadline that moved (build.c) */
            int slice = c->remaining < LB_HOOK_SLICE ? (int)c->remaining : LB_HOOK_SLICE;
            if (slice != c->slice || ar->event != LUA_HOOKCOUNT) lb_count_from_now(c, slice);
            return;
        }
        lb_record_where(c, L, ar);
        lb_stop_soon(c);
    }
    lb_raise_limit(L);
}

/* Starts counting the current call's instructions, checking every `slice` of them. Safe in a
 * signal handler on the thread running the state (watch.c): lua_sethook only stores fields and
 * marks the CallInfo list. */
void lb_count_from_now(lb_context *c, int slice) {
    c->counting = 1;
    c->slice = slice;
    lua_sethook(c->L, lb_hook, LUA_MASKCOUNT, slice);
}

/* Makes the hook run at the very next instruction and at every function call, C functions
 * included: a library function looping in C over metamethods that are themselves C functions
 * (table.concat over `__index = getmetatable`) runs no instruction, but it calls. Set once the
 * deadline passed (by the watcher's signal, the allocator or a library function); signal-safe on
 * the thread that runs the state, like lb_count_from_now. */
void lb_stop_soon(lb_context *c) {
    c->counting = 1;
    c->slice = 1;
    lua_sethook(c->L, lb_hook, LUA_MASKCOUNT | LUA_MASKCALL, 1);
}

/* Allocation-heavy code may run few, slow instructions (a long concatenation is one). Every MiB
 * allocated during a call, past the deadline, makes the hook fire at the very next instruction.
 * lua_sethook only stores fields and marks the CallInfo list, which an allocation never leaves
 * inconsistent, so calling it from the allocator on the running thread is safe. */
void lb_clock_allocation(lb_context *c, size_t grown) {
    c->allocatedSinceClock += grown;
    if (c->allocatedSinceClock < ((size_t)1 << 20)) return;
    c->allocatedSinceClock = 0;
    if (c->L != NULL && lb_now() >= c->deadline) lb_stop_soon(c);
}

/* Called by library functions when they return: long C work is where the deadline passes
 * without the hook noticing, since a whole C call counts as one instruction. */
void lb_check_deadline(lua_State *L) {
    lb_context *c = LB_CTX(L);
    if (!lb_limit_fired(c)) {
        if (lb_now() < c->deadline) return;
        c->tripped = LB_LIMIT_TIME;
        lua_Debug ar;
        if (lua_getstack(L, 1, &ar)) lb_record_where(c, L, &ar);
        lb_stop_soon(c);
    }
    lb_raise_limit(L);
}

/* Runs the library function in upvalue 1, then checks the deadline. */
int lb_timed(lua_State *L) {
    int results = lua_tocfunction(L, lua_upvalueindex(1))(L);
    lb_check_deadline(L);
    return results;
}

/* Arms the limits for one host call: fresh budget, deadline and diagnostics. With a grace period,
 * instructions are counted only once the call has run that long (watch.c). */
void lb_arm(lua_State *L) {
    lb_context *c = LB_CTX(L);
    c->tripped = LB_LIMIT_NONE;
    c->pending = 0;
    c->tracebackRecorded = 0;
    c->allocatedSinceClock = 0;
    c->where[0] = '\0';
    c->remaining = c->instructionLimit > 0 ? c->instructionLimit : 1;
    c->slice = c->remaining < LB_HOOK_SLICE ? (int)c->remaining : LB_HOOK_SLICE;
    double start = lb_now();
    c->deadline = start + c->secondsLimit;
    c->counting = 0;
    /* The watcher also stops the call at its deadline, whatever runs (watch.c). */
    int counted = c->graceSeconds <= 0;
    if (counted) lb_count_from_now(c, c->slice);
    if (!lb_watch_begin(c, start, counted) && !counted) lb_count_from_now(c, c->slice);
    c->strict = 1;
}

void lb_disarm(lua_State *L) {
    lb_context *c = LB_CTX(L);
    c->strict = 0;
    if (c->watched) lb_watch_end(c);
    c->counting = 0;
    lua_sethook(L, NULL, 0, 0);
}

/* Message handler of every host call: keeps the error object and records the first traceback.
 * It is C, so running with hooks off (as Lua runs handlers) cannot loop. */
int lb_msgh(lua_State *L) {
    lb_context *c = LB_CTX(L);
    lb_limit_fired(c);
    if (!c->tracebackRecorded) {
        int strict = c->strict;
        c->strict = 0;   /* a few kilobytes past the cap are fine; a missing traceback is not */
        luaL_traceback(L, L, NULL, 1);
        lua_rawseti(L, LUA_REGISTRYINDEX, c->tracebackRef);
        c->strict = strict;
        c->tracebackRecorded = 1;
    }
    lua_settop(L, 1);
    return 1;
}
