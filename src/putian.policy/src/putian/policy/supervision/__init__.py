"""R20 electronic supervision in Plone: the cases' facts kept in the catalog,
the lines and light summary read from it, the dashboard."""
