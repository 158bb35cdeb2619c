/* Late instruction counting: a count hook makes every VM instruction pass through Lua's hook
 * dispatcher, which roughly doubles the cost of tight loops, yet almost every call a rule makes ends
 * within microseconds. So a call starts without the hook; one thread of the process watches every
 * state, and once a call has run for its grace period it sends the running thread a signal whose
 * handler sets the count hook (lua_sethook is safe to call from a signal handler on the thread that
 * runs the state: it only stores fields and marks the CallInfo list). From then on the call is
 * counted and timed as before. A call that ends sooner is never counted.
 *
 * The watcher never touches a state from its own thread: it only reads the call's state word and
 * signals the owner thread. The owner cannot leave a call while the watcher is signalling it, so the
 * thread it signals is alive. Included by lb_context.h after the hook. */
#ifndef MARSHRUT_LB_WATCH_H
#define MARSHRUT_LB_WATCH_H

#include <pthread.h>
#include <signal.h>

/* Ignored by default, so a stray one can never stop the process. */
#define LB_WATCH_SIGNAL SIGURG
#define LB_WATCH_TICK_NS 5000000L

enum {
    LB_WATCH_IDLE = 0,        /* no call, or a call whose counting started */
    LB_WATCH_RUNNING = 1,     /* a call not yet counted */
    LB_WATCH_SIGNALLING = 2,  /* the watcher is signalling the owner thread */
    LB_WATCH_SIGNALLED = 3
};

typedef struct lb_watch {
    pthread_mutex_t lock;
    pthread_cond_t wake;
    lb_context *first;        /* every watched state, linked through watchNext */
    int started;
} lb_watch;

/* One of each per process. The header is compiled into several objects; weak definitions are
 * merged by the linker, where statics would give each object its own copy. */
__attribute__((weak)) lb_watch lb_watch_shared = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, NULL, 0 };
/* The state whose call the current thread runs, for the signal handler. */
__attribute__((weak)) __thread lb_context *lb_watch_current = NULL;
/* Whether the current thread accepts the watcher's signal (threads may start with it blocked). */
__attribute__((weak)) __thread int lb_watch_accepting = 0;

/* Starts counting the current call's instructions, checking every `slice` of them. */
static inline void lb_count_from_now(lb_context *c, int slice) {
    c->counting = 1;
    c->slice = slice;
    lua_sethook(c->L, lb_hook, LUA_MASKCOUNT, slice);
}

static inline void lb_watch_signalled(int signal) {
    (void)signal;
    lb_context *c = lb_watch_current;
    if (c != NULL && !c->counting) lb_count_from_now(c, c->slice);
}

static inline void *lb_watch_main(void *unused) {
    (void)unused;
    lb_watch *w = &lb_watch_shared;
    struct timespec tick = { 0, LB_WATCH_TICK_NS };
    pthread_mutex_lock(&w->lock);
    for (;;) {
        if (w->first == NULL) {
            pthread_cond_wait(&w->wake, &w->lock);
            continue;
        }
        double now = lb_now();
        for (lb_context *c = w->first; c != NULL; c = c->watchNext) {
            if (__atomic_load_n(&c->watchState, __ATOMIC_ACQUIRE) != LB_WATCH_RUNNING) continue;
            double countFrom;
            __atomic_load(&c->countFrom, &countFrom, __ATOMIC_RELAXED);
            if (now < countFrom) continue;
            int expected = LB_WATCH_RUNNING;
            if (__atomic_compare_exchange_n(&c->watchState, &expected, LB_WATCH_SIGNALLING, 0,
                                            __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) {
                pthread_kill(c->owner, LB_WATCH_SIGNAL);
                __atomic_store_n(&c->watchState, LB_WATCH_SIGNALLED, __ATOMIC_RELEASE);
            }
        }
        pthread_mutex_unlock(&w->lock);
        nanosleep(&tick, NULL);
        pthread_mutex_lock(&w->lock);
    }
    return NULL;
}

/* Adds a state to the watched ones, starting the watcher with the first. Returns 0 if the watcher
 * could not start (the state then counts every call from its first instruction). */
static inline int lb_watch_add(lb_context *c) {
    lb_watch *w = &lb_watch_shared;
    int ok = 1;
    pthread_mutex_lock(&w->lock);
    if (!w->started) {
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_handler = lb_watch_signalled;
        action.sa_flags = SA_RESTART;
        sigemptyset(&action.sa_mask);
        pthread_t thread;
        pthread_attr_t attributes;
        pthread_attr_init(&attributes);
        pthread_attr_setdetachstate(&attributes, PTHREAD_CREATE_DETACHED);
        if (sigaction(LB_WATCH_SIGNAL, &action, NULL) == 0
            && pthread_create(&thread, &attributes, lb_watch_main, NULL) == 0) {
            w->started = 1;
        } else {
            ok = 0;
        }
        pthread_attr_destroy(&attributes);
    }
    if (ok) {
        c->watchNext = w->first;
        w->first = c;
        c->watched = 1;
        pthread_cond_signal(&w->wake);
    }
    pthread_mutex_unlock(&w->lock);
    return ok;
}

/* Removes a state from the watched ones; the watcher never sees it again. */
static inline void lb_watch_remove(lb_context *c) {
    if (!c->watched) return;
    lb_watch *w = &lb_watch_shared;
    pthread_mutex_lock(&w->lock);
    for (lb_context **link = &w->first; *link != NULL; link = &(*link)->watchNext) {
        if (*link == c) {
            *link = c->watchNext;
            break;
        }
    }
    c->watched = 0;
    pthread_mutex_unlock(&w->lock);
}

/* Starts an uncounted call on the current thread. Returns 0 when it cannot be watched, and the
 * caller must count it from the start. */
static inline int lb_watch_begin(lb_context *c, double start) {
    if (!lb_watch_accepting) {
        sigset_t set;
        sigemptyset(&set);
        sigaddset(&set, LB_WATCH_SIGNAL);
        if (pthread_sigmask(SIG_UNBLOCK, &set, NULL) != 0) return 0;
        lb_watch_accepting = 1;
    }
    if (!c->watched && !lb_watch_add(c)) return 0;
    c->owner = pthread_self();
    double countFrom = start + c->graceSeconds;
    __atomic_store(&c->countFrom, &countFrom, __ATOMIC_RELAXED);
    lb_watch_current = c;
    __atomic_store_n(&c->watchState, LB_WATCH_RUNNING, __ATOMIC_RELEASE);
    return 1;
}

/* Ends the current call for the watcher; waits while it is signalling this thread. */
static inline void lb_watch_end(lb_context *c) {
    lb_watch_current = NULL;
    int expected = LB_WATCH_RUNNING;
    if (__atomic_compare_exchange_n(&c->watchState, &expected, LB_WATCH_IDLE, 0,
                                    __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) return;
    while (__atomic_load_n(&c->watchState, __ATOMIC_ACQUIRE) == LB_WATCH_SIGNALLING) {}
    __atomic_store_n(&c->watchState, LB_WATCH_IDLE, __ATOMIC_RELEASE);
}

#endif
