"""Life events (办事主题) group items the way people meet them (R17): for
individuals (个人办事) and for legal persons (法人办事)."""

from putian.policy.rules.catalogue.terms import Term


# 服务对象: who a life event is for.
LIFE_EVENT_AUDIENCES = (
    Term("personal", "个人办事", "For individuals"),
    Term("business", "法人办事", "For businesses"),
)
