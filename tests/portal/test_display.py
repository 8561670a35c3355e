"""Stored values as a reader sees them."""

from putian.policy.display import Display


class Request(dict):
    """What Display reads of a request: the negotiated language."""


def test_several_terms_read_in_their_vocabulary_order():
    chinese = Display(Request(LANGUAGE="zh-cn"))
    assert chinese.terms("category", ["QT", "XK", "GG"]) == (
        "行政许可、其他行政权力、公共服务"
    )
    english = Display(Request(LANGUAGE="en"))
    assert english.terms("category", {"XK", "QT"}) == (
        "Administrative licensing, Other administrative power"
    )


def test_an_unknown_token_is_shown_last_as_it_is():
    assert Display(Request(LANGUAGE="zh-cn")).terms("category", ["ZZ", "XK"]) == (
        "行政许可、ZZ"
    )
