"""The local web app (`gedragscode serve`): the toolkit's four jobs as forms in a browser.

A second thin layer over the library, beside the command line: it reads form fields
and uploads and calls the functions the commands call. Needs the `web` extra
(`pip install -e ".[web]"`).
"""

from .app import create_app

__all__ = ["create_app"]
