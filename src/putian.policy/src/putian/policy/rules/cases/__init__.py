"""Cases (办件): from the application and its intake to the decision,
the certificate, the notices, the remedies, the rating and the audit trail."""
