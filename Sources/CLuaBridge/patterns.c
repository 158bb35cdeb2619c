/* Guards for the string functions that run long in C, where no hook fires.
 * Before find/match/gmatch/gsub run, an upper bound on the backtracking matcher's work is computed
 * from the pattern and the subject: each quantified item multiplies the work by one more than the
 * longest run of subject bytes its class can match, `?` by two, `%b` and back-references by the
 * subject's length, and an unanchored search by the number of start positions. Calls whose bound
 * exceeds the state's budget are refused with an error before any matching starts. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include "bridge.h"

/* Whether byte ch is in the class %cl (the classes of the Lua manual, §6.4.1). */
static int lb_class_has(int ch, int cl) {
    int yes;
    switch (tolower(cl)) {
    case 'a': yes = isalpha(ch); break;
    case 'c': yes = iscntrl(ch); break;
    case 'd': yes = isdigit(ch); break;
    case 'g': yes = isgraph(ch); break;
    case 'l': yes = islower(ch); break;
    case 'p': yes = ispunct(ch); break;
    case 's': yes = isspace(ch); break;
    case 'u': yes = isupper(ch); break;
    case 'w': yes = isalnum(ch); break;
    case 'x': yes = isxdigit(ch); break;
    default: return cl == ch;
    }
    if (isupper(cl)) yes = !yes;
    return yes != 0;
}

/* p points just after '['; returns the closing ']' or NULL when the set is malformed. */
static const char *lb_set_close(const char *p, const char *end) {
    if (p < end && *p == '^') p++;
    for (;;) {   /* the first byte is a member even if it is ']' */
        if (p >= end) return NULL;
        if (*p++ == '%' && p < end) p++;
        if (p < end && *p == ']') return p;
    }
}

/* Whether byte ch is in the set [open, close] (open at '[', close at ']'). */
static int lb_set_has(int ch, const char *open, const char *close) {
    const char *p = open + 1;
    int member = 1;
    if (*p == '^') { member = 0; p++; }
    while (p < close) {
        if (*p == '%' && p + 1 < close) {
            if (lb_class_has(ch, (unsigned char)p[1])) return member;
            p += 2;
        } else if (p + 2 < close && p[1] == '-') {
            if ((unsigned char)p[0] <= ch && ch <= (unsigned char)p[2]) return member;
            p += 3;
        } else {
            if ((unsigned char)*p == ch) return member;
            p++;
        }
    }
    return !member;
}

/* Whether byte ch matches the single-byte item [item, itemEnd). */
static int lb_item_has(int ch, const char *item, const char *itemEnd) {
    switch (*item) {
    case '.': return 1;
    case '%': return lb_class_has(ch, (unsigned char)item[1]);
    case '[': return lb_set_has(ch, item, itemEnd - 1);
    default: return (unsigned char)*item == ch;
    }
}

/* The longest run of subject bytes the item matches: how far a quantifier can expand. */
static double lb_longest_run(const unsigned char *s, size_t n, const char *item, const char *itemEnd) {
    if (*item == '.') return (double)n;
    size_t best = 0, run = 0;
    for (size_t i = 0; i < n; i++) {
        if (lb_item_has(s[i], item, itemEnd)) {
            if (++run > best) best = run;
        } else {
            run = 0;
        }
    }
    return (double)best;
}

/* Upper bound on the matcher's steps for one attempt per start; -1 for a malformed pattern
 * (the library itself then reports it). With precise 0 every quantifier is assumed to expand
 * over the whole subject, which is cheap to compute and usually enough to accept a call. */
static double lb_attempt_cost(const unsigned char *s, size_t n, const char *p, size_t lp, int precise) {
    const char *end = p + lp;
    double factor = 1, items = 1;
    while (p < end) {
        const char *itemEnd;
        switch (*p) {
        case '(': case ')':
            p++;
            continue;
        case '$':
            if (p + 1 == end) { p++; continue; }
            itemEnd = p + 1;
            break;
        case '%':
            if (p + 1 >= end) return -1;
            if (p[1] == 'b') {
                if (p + 3 >= end) return -1;
                factor *= (double)n + 1;
                items++;
                p += 4;
                continue;
            }
            if (p[1] == 'f') {
                p += 2;
                if (p >= end || *p != '[') return -1;
                const char *close = lb_set_close(p + 1, end);
                if (close == NULL) return -1;
                items++;
                p = close + 1;
                continue;
            }
            if (isdigit((unsigned char)p[1])) {   /* back-reference: a compare up to the subject's length */
                factor *= (double)n + 1;
                items++;
                p += 2;
                continue;
            }
            itemEnd = p + 2;
            break;
        case '[': {
            const char *close = lb_set_close(p + 1, end);
            if (close == NULL) return -1;
            itemEnd = close + 1;
            break;
        }
        default:
            itemEnd = p + 1;
            break;
        }
        items++;
        if (itemEnd < end && (*itemEnd == '*' || *itemEnd == '+' || *itemEnd == '-')) {
            factor *= (precise ? lb_longest_run(s, n, p, itemEnd) : (double)n) + 1;
            p = itemEnd + 1;
        } else if (itemEnd < end && *itemEnd == '?') {
            factor *= 2;
            p = itemEnd + 1;
        } else {
            p = itemEnd;
        }
        if (factor > 1e300) factor = 1e300;
    }
    return factor * items;
}

enum { LB_FIND, LB_MATCH, LB_GMATCH, LB_GSUB };

static int lb_has_specials(const char *p, size_t lp) {
    for (size_t i = 0; i < lp; i++)
        if (p[i] != '\0' && strchr("^$*+?.([%-", p[i]) != NULL) return 1;
    return 0;
}

/* Checks one call's bound against the budget, then runs the library's function (upvalue 1). */
static int lb_guarded_pattern(lua_State *L, int which, const char *name) {
    lb_context *c = LB_CTX(L);
    size_t ls, lp;
    const char *s = luaL_checklstring(L, 1, &ls);
    const char *p = luaL_checklstring(L, 2, &lp);
    lua_Integer init = 1;
    if (which != LB_GSUB) {
        init = luaL_optinteger(L, 3, 1);
        if (init < 0) init = init < -(lua_Integer)ls ? 1 : (lua_Integer)ls + init + 1;
        else if (init == 0) init = 1;
    }
    if (init <= (lua_Integer)ls + 1) {
        size_t n = ls - (size_t)(init - 1);
        const unsigned char *subject = (const unsigned char *)s + (init - 1);
        double cost;
        if (which == LB_FIND && (lua_toboolean(L, 4) || !lb_has_specials(p, lp))) {
            cost = lp > n ? 0 : ((double)(n - lp) + 1) * (double)lp;
        } else {
            int anchored = which != LB_GMATCH && lp > 0 && p[0] == '^';
            double starts = anchored ? 1 : (double)n + 1;
            const char *body = anchored ? p + 1 : p;
            size_t lbody = anchored ? lp - 1 : lp;
            cost = starts * lb_attempt_cost(subject, n, body, lbody, 0);
            if (cost > c->patternSteps) cost = starts * lb_attempt_cost(subject, n, body, lbody, 1);
        }
        if (cost > c->patternSteps) {
            char message[200];
            snprintf(message, sizeof message,
                     "string.%s: pattern too costly for a subject of %zu bytes (up to %.3g steps, "
                     "limit %.3g); anchor it with '^', use a plain find, or shorten the subject",
                     name, n, cost, c->patternSteps);
            return luaL_error(L, "%s", message);
        }
    }
    int results = lua_tocfunction(L, lua_upvalueindex(1))(L);
    lb_check_deadline(L);
    return results;
}

int lb_str_find(lua_State *L) { return lb_guarded_pattern(L, LB_FIND, "find"); }
int lb_str_match(lua_State *L) { return lb_guarded_pattern(L, LB_MATCH, "match"); }
int lb_str_gmatch(lua_State *L) { return lb_guarded_pattern(L, LB_GMATCH, "gmatch"); }
int lb_str_gsub(lua_State *L) { return lb_guarded_pattern(L, LB_GSUB, "gsub"); }

/* string.rep of an empty string and separator would loop n times in C without output. */
int lb_str_rep(lua_State *L) {
    size_t l, lsep;
    luaL_checklstring(L, 1, &l);
    lua_Integer n = luaL_checkinteger(L, 2);
    luaL_optlstring(L, 3, "", &lsep);
    if (n > 0 && l + lsep == 0) {
        lua_pushliteral(L, "");
        return 1;
    }
    int results = lua_tocfunction(L, lua_upvalueindex(1))(L);
    lb_check_deadline(L);
    return results;
}
