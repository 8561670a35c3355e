"""The catalogue (事项目录): items, their codes, service guides,
materials, legal basis, limits, review rules, standards, and whether an
item may be published."""
