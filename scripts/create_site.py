"""Create the admin and the ``putian`` site if missing, and upgrade our profiles.

Used by ``make start``.

Run with the Zope root bound to ``app``:  bin/instance run scripts/create_site.py
``PUTIAN_ADMIN=user:password`` sets the admin (default admin:admin, for
development only).
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
for profile, before, after in upgrade_our_profiles(site):
    print(f"Upgraded {profile} from {before} to {after}")
