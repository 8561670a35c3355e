"""Create the admin and the ``putian`` site if missing, and upgrade our profiles.

Used by ``make start``.

Run with the Zope root bound to ``app``:  bin/instance run scripts/create_site.py
``PUTIAN_ADMIN=user:password`` sets the admin (default admin:admin, for
development only). A site created now gets the demo content
(``putian.policy.demo``) unless ``PUTIAN_DEMO=0``; an existing site is never
given it.
"""

from AccessControl.SecurityManagement import newSecurityManager
from putian.policy.setuphandlers.site import ensure_admin
from putian.policy.setuphandlers.site import ensure_site
from putian.policy.setuphandlers.site import parse_admin
from putian.policy.setuphandlers.site import upgrade_our_profiles
from Testing.makerequest import makerequest
from zope.globalrequest import setRequest

import os
import transaction


app = makerequest(app)  # noqa: F821 (bound by bin/instance run)
setRequest(app.REQUEST)
login, password = parse_admin(os.environ.get("PUTIAN_ADMIN", ""))
if ensure_admin(app, login, password):
    transaction.commit()
admin = app.acl_users.getUser(login).__of__(app.acl_users)
newSecurityManager(None, admin)
site, created = ensure_site(app)
print(f"Site {site.getId()}: {'created' if created else 'exists, data kept'}")
if created and os.environ.get("PUTIAN_DEMO", "1") != "0":
    from putian.policy.demo.loader import load_demo

    print("Loading the demo content (PUTIAN_DEMO=0 skips it)...")
    counts = load_demo(site, progress=lambda message: print(message, flush=True))
    transaction.get().note("putian: demo content")
    transaction.commit()
    print("demo: loaded", ", ".join(f"{name} {n}" for name, n in counts.items()))
for profile, before, after in upgrade_our_profiles(site):
    print(f"Upgraded {profile} from {before} to {after}")
