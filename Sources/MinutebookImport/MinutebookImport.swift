// MinutebookImport
