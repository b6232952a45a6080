"""The review page (`triage serve`): staff work the queue in a browser.

app.py       the Flask app: sign-in, sessions, CSRF, CSP, the routes
desk.py      one item read from the mailbox, and the actions on it (approve, save, discard)
queue.py     what the queue lists and in which order; a contact's audit trail
accounts.py  staff passwords (Argon2)
templates/, static/  the pages and their one stylesheet, shipped in the package
"""
