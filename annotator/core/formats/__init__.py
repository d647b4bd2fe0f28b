"""External annotation formats: one module per format, each with read() and write()."""
