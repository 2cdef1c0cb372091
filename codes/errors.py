"""The one exception the library raises for bad input.

Its message is a single line that says what is wrong and what to do; the
command line prints it without a traceback and exits non-zero.
"""


class InputError(Exception):
    """A source, option or case file the toolkit cannot use, with a fix in the message."""
