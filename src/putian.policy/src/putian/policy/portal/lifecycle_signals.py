"""SIGTERM stops the portal the way Ctrl-C does: the database is closed.

A service manager (systemd, supervisord, zdaemon behind ``bin/instance
stop``) ends a process with SIGTERM, and Python's default for it ends the
process on the spot: FileStorage is never closed, Data.fs.index is not
written, and the next start has to re-read Data.fs from the last index it
finds.  Zope's WSGI runner (``Zope2.Startup.serve``) closes every database
when its server loop ends with SystemExit or KeyboardInterrupt; raising
SystemExit from the handler ends it that way.
"""

import logging
import signal
import threading


logger = logging.getLogger("putian.policy.lifecycle")


def _stop(signum, frame):
    logger.info("SIGTERM received: stopping the server and closing the database")
    raise SystemExit("on SIGTERM")


def close_database_on_sigterm(event):
    """IProcessStarting: the served process (not ``bin/instance run``, not
    the tests) stops cleanly on SIGTERM.  Only the main thread may set a
    handler, and one set by someone else (a supervisor's wrapper) stays."""
    if threading.current_thread() is not threading.main_thread():
        return
    if signal.getsignal(signal.SIGTERM) not in (signal.SIG_DFL, None):
        return
    signal.signal(signal.SIGTERM, _stop)
