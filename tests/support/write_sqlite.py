"""Writes an SQLite database through Python's sqlite3 module (the SQLite library itself writes
the pages) and prints what SQLite's own dbstat table says of each b-tree page.

Usage: write_sqlite.py OUT.db
Prints one line per page: `pageno pagetype ncell path tree`, pagetype being internal or leaf,
path the page's place in its tree (`/` for the root, `/000/` for its first child).
Small pages and enough rows give trees of three levels: a table (rowid b-tree), an index and a
WITHOUT ROWID table (both index b-trees).
"""
import sqlite3
import sys

path = sys.argv[1]
db = sqlite3.connect(path)
db.execute("PRAGMA page_size = 1024")
db.execute("CREATE TABLE reading (id INTEGER PRIMARY KEY, sensor TEXT, value REAL)")
db.execute("CREATE INDEX reading_sensor ON reading (sensor, value)")
db.execute("CREATE TABLE label (name TEXT PRIMARY KEY, note TEXT) WITHOUT ROWID")
with db:
    db.executemany(
        "INSERT INTO reading (sensor, value) VALUES (?, ?)",
        ((f"sensor-{i % 97:02}-é", i * 0.25) for i in range(20000)),
    )
    db.executemany(
        "INSERT INTO label VALUES (?, ?)",
        ((f"label-{i:05}", "note " * (i % 5)) for i in range(3000)),
    )
for pageno, pagetype, ncell, page_path, tree in db.execute(
    "SELECT pageno, pagetype, ncell, path, name FROM dbstat ORDER BY pageno"
):
    print(pageno, pagetype, ncell, page_path, tree)
db.close()
