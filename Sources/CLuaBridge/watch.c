/* Late instruction counting: a count hook makes every VM instruction pass through Lua's hook
 * dispatcher, which roughly doubles the cost of tight loops, yet almost every call a rule makes ends
 * within microseconds. So a call starts without the hook; one thread of the process watches every
 * state, and once a call has run for its grace period it sends the running thread a signal whose
 * handler sets the count hook (lb_count_from_now, safe on the thread that runs the state). From
 * then on the call is counted and timed as before. A call that ends sooner is never counted.
 *
 * The watcher also keeps the time limit when no instruction runs: a library function can loop in C
 * (over metamethods that are C functions) for as long as it likes. At a call's deadline it signals
 * the owner thread again, and the handler makes the hook run at the next instruction and at every
 * function call (lb_stop_soon), so the call stops within a tick of its deadline.
 *
 * The watcher never touches a state from its own thread: it only reads the call's state word and
 * signals the owner thread. The owner cannot leave a call while the watcher is signalling it, so the
 * thread it signals is alive. While no call runs for a while, the watcher parks on its condition
 * variable, and the next call to begin wakes it: an idle process has no thread ticking.
 *
 * The signal's previous disposition is saved when the first state is watched and restored when the
 * last one goes; a signal that is not the watcher's (not sent by this process to a thread) is passed
 * on to the previous handler. */
#define _GNU_SOURCE
#include <errno.h>
#include <sched.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "bridge.h"

/* Ignored by default, so a stray one can never stop the process. */
#define LB_WATCH_SIGNAL SIGURG
#define LB_WATCH_TICK_NS 5000000L
/* Ticks with no call running before the watcher parks (one second). */
#define LB_WATCH_IDLE_TICKS 200

enum {
    LB_WATCH_IDLE = 0,        /* no call */
    LB_WATCH_RUNNING = 1,     /* a call not yet counted */
    LB_WATCH_SIGNALLING = 2,  /* the watcher is signalling the owner thread */
    LB_WATCH_COUNTED = 3,     /* a counted call before its deadline */
    LB_WATCH_STOPPING = 4     /* a call told to stop at its deadline */
};

typedef struct lb_watch {
    pthread_mutex_t lock;
    pthread_cond_t wake;
    lb_context *first;           /* every watched state, linked through watchNext */
    int started;                 /* the watcher thread exists */
    int installed;               /* the handler is installed; `previous` holds what it replaced */
    struct sigaction previous;
    int parked;                  /* read and written atomically: the watcher waits for a call */
} lb_watch;

static lb_watch lb_watch_shared = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, NULL, 0, 0, { 0 }, 0 };
/* The state whose call the current thread runs, for the signal handler. */
static __thread lb_context *lb_watch_current = NULL;
/* Whether the current thread accepts the watcher's signal (threads may start with it blocked). */
static __thread int lb_watch_accepting = 0;

static void lb_watch_signalled(int signal, siginfo_t *info, void *context) {
    if (info != NULL && info->si_code == SI_TKILL && info->si_pid == getpid()) {
        lb_context *c = lb_watch_current;
        if (c == NULL) return;
        if (!c->counting) lb_count_from_now(c, c->slice);
        if (lb_now() >= c->deadline) lb_stop_soon(c);
        return;
    }
    /* Not ours: the previous handler gets it, as if we were not here. */
    const struct sigaction *previous = &lb_watch_shared.previous;
    if (previous->sa_flags & SA_SIGINFO) {
        if (previous->sa_sigaction != NULL) previous->sa_sigaction(signal, info, context);
    } else if (previous->sa_handler != SIG_DFL && previous->sa_handler != SIG_IGN && previous->sa_handler != NULL) {
        previous->sa_handler(signal);
    }
}

/* Whether a call in this state is still due a signal. */
static int lb_watch_pending(int state) {
    return state == LB_WATCH_RUNNING || state == LB_WATCH_COUNTED;
}

/* Whether any watched state runs a call still due a signal. Called with the lock held. */
static int lb_watch_any_running(lb_watch *w) {
    for (lb_context *c = w->first; c != NULL; c = c->watchNext)
        if (lb_watch_pending(__atomic_load_n(&c->watchState, __ATOMIC_SEQ_CST))) return 1;
    return 0;
}

static void *lb_watch_main(void *unused) {
    (void)unused;
    lb_watch *w = &lb_watch_shared;
    struct timespec tick = { 0, LB_WATCH_TICK_NS };
    int idleTicks = 0;
    pthread_mutex_lock(&w->lock);
    for (;;) {
        if (w->first == NULL) {
            pthread_cond_wait(&w->wake, &w->lock);
            continue;
        }
        double now = lb_now();
        int running = 0;
        for (lb_context *c = w->first; c != NULL; c = c->watchNext) {
            int state = __atomic_load_n(&c->watchState, __ATOMIC_ACQUIRE);
            if (!lb_watch_pending(state)) continue;
            running = 1;
            double countFrom, deadline;
            __atomic_load(&c->countFrom, &countFrom, __ATOMIC_RELAXED);
            __atomic_load(&c->watchDeadline, &deadline, __ATOMIC_RELAXED);
            int late = now >= deadline;
            if (!late && (state != LB_WATCH_RUNNING || now < countFrom)) continue;
            int expected = state;
            if (__atomic_compare_exchange_n(&c->watchState, &expected, LB_WATCH_SIGNALLING, 0,
                                            __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) {
                pthread_kill(c->owner, LB_WATCH_SIGNAL);
                __atomic_store_n(&c->watchState, late ? LB_WATCH_STOPPING : LB_WATCH_COUNTED, __ATOMIC_RELEASE);
            }
        }
        idleTicks = running ? 0 : idleTicks + 1;
        if (idleTicks >= LB_WATCH_IDLE_TICKS) {
            /* Park: announce it, then look once more. A call that begins after the announcement
             * sees it and wakes us (both sides store, then load, sequentially consistent). */
            __atomic_store_n(&w->parked, 1, __ATOMIC_SEQ_CST);
            if (!lb_watch_any_running(w)) {
                while (__atomic_load_n(&w->parked, __ATOMIC_SEQ_CST)) pthread_cond_wait(&w->wake, &w->lock);
            }
            __atomic_store_n(&w->parked, 0, __ATOMIC_SEQ_CST);
            idleTicks = 0;
            continue;
        }
        pthread_mutex_unlock(&w->lock);
        nanosleep(&tick, NULL);
        pthread_mutex_lock(&w->lock);
    }
    return NULL;
}

/* Installs the handler (saving the previous disposition) and starts the watcher if needed. Called
 * with the lock held. Returns 0 when either fails. */
static int lb_watch_start(lb_watch *w) {
    if (!w->installed) {
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_sigaction = lb_watch_signalled;
        action.sa_flags = SA_RESTART | SA_SIGINFO;
        sigemptyset(&action.sa_mask);
        if (sigaction(LB_WATCH_SIGNAL, &action, &w->previous) != 0) return 0;
        w->installed = 1;
    }
    if (!w->started) {
        pthread_t thread;
        pthread_attr_t attributes;
        pthread_attr_init(&attributes);
        pthread_attr_setdetachstate(&attributes, PTHREAD_CREATE_DETACHED);
        int created = pthread_create(&thread, &attributes, lb_watch_main, NULL) == 0;
        pthread_attr_destroy(&attributes);
        if (!created) return 0;
        w->started = 1;
    }
    return 1;
}

/* Adds a state to the watched ones. Returns 0 if the watcher could not start (the state then
 * counts every call from its first instruction). */
static int lb_watch_add(lb_context *c) {
    lb_watch *w = &lb_watch_shared;
    pthread_mutex_lock(&w->lock);
    int ok = lb_watch_start(w);
    if (ok) {
        c->watchNext = w->first;
        w->first = c;
        c->watched = 1;
        pthread_cond_signal(&w->wake);
    }
    pthread_mutex_unlock(&w->lock);
    return ok;
}

/* Removes a state from the watched ones; the watcher never sees it again. With the last one, the
 * signal's previous disposition comes back. */
void lb_watch_remove(lb_context *c) {
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
    if (w->first == NULL && w->installed && sigaction(LB_WATCH_SIGNAL, &w->previous, NULL) == 0) w->installed = 0;
    pthread_mutex_unlock(&w->lock);
}

/* Starts a call on the current thread: an uncounted one, or (counted) one already counted that the
 * watcher only stops at its deadline. Returns 0 when it cannot be watched, and the caller must
 * count it from the start. */
int lb_watch_begin(lb_context *c, double start, int counted) {
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
    double deadline = c->deadline;
    __atomic_store(&c->countFrom, &countFrom, __ATOMIC_RELAXED);
    __atomic_store(&c->watchDeadline, &deadline, __ATOMIC_RELAXED);
    lb_watch_current = c;
    __atomic_store_n(&c->watchState, counted ? LB_WATCH_COUNTED : LB_WATCH_RUNNING, __ATOMIC_SEQ_CST);
    lb_watch *w = &lb_watch_shared;
    if (__atomic_load_n(&w->parked, __ATOMIC_SEQ_CST)) {
        pthread_mutex_lock(&w->lock);
        __atomic_store_n(&w->parked, 0, __ATOMIC_SEQ_CST);
        pthread_cond_signal(&w->wake);
        pthread_mutex_unlock(&w->lock);
    }
    return 1;
}

/* The current call's deadline moved later (time spent loading records is not the script's): the
 * watcher waits for the new one, even if it already told the call to stop at the old one (the hook
 * then finds the deadline not reached and goes on counting as usual). */
void lb_watch_deadline_moved(lb_context *c) {
    double deadline = c->deadline;
    __atomic_store(&c->watchDeadline, &deadline, __ATOMIC_RELAXED);
    for (;;) {
        int state = __atomic_load_n(&c->watchState, __ATOMIC_ACQUIRE);
        if (state == LB_WATCH_SIGNALLING) {
            sched_yield();
            continue;
        }
        if (state != LB_WATCH_STOPPING) return;
        if (__atomic_compare_exchange_n(&c->watchState, &state, LB_WATCH_COUNTED, 0,
                                        __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) return;
    }
}

/* Ends the current call for the watcher; waits (yielding) while it is signalling this thread,
 * which takes one pthread_kill. */
void lb_watch_end(lb_context *c) {
    lb_watch_current = NULL;
    for (;;) {
        int state = __atomic_load_n(&c->watchState, __ATOMIC_ACQUIRE);
        if (state == LB_WATCH_SIGNALLING) {
            sched_yield();
            continue;
        }
        if (__atomic_compare_exchange_n(&c->watchState, &state, LB_WATCH_IDLE, 0,
                                        __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) return;
    }
}
