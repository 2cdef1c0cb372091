"""The command line of the gedragscode toolkit (see `gedragscode --help`)."""
