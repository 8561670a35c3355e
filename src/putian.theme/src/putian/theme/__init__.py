"""putian.theme: see README.md."""

from zope.i18nmessageid import MessageFactory


_ = MessageFactory("putian.theme")
