"""The SQLite project file: connection and migrations, table families, the operation log."""
