// The system SQLite (libsqlite3-dev), for Store/SQLite.swift only: no other file imports it.
#include <sqlite3.h>
